// The library of broken files: each is a mistake an author really makes, and each must be
// reported at the right place, with the right path, in words a teacher understands.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenarios/loader';
import { fixture, lines } from './helpers';

const load = (name: string) => loadScenario(fixture(`broken/${name}.json`), `${name}.json`);

describe('broken scenario files', () => {
  it('a missing comma is a syntax error at the next item', () => {
    const report = load('missing-comma');
    expect(report.ok).toBe(false);
    expect(lines(report)).toEqual([
      'error 11:3 playable | A comma is missing before this point: items in a list or an object must be separated by commas.',
    ]);
  });

  it('trailing commas are refused, each at its comma', () => {
    expect(lines(load('trailing-comma'))).toEqual([
      'error 11:28 playable[1] | Remove this comma: JSON allows no comma after the last item, before the closing ].',
      'error 103:21 classMinutes | Remove this comma: JSON allows no comma after the last item, before the closing }.',
    ]);
  });

  it('trust above 1 is out of range', () => {
    expect(lines(load('trust-out-of-range'))).toEqual([
      'error 22:25 actors[0].trust.CHN | actors[0].trust.CHN must be between 0 and 1, got 1.4.',
    ]);
  });

  it('a tie naming an unknown actor lists the actors there are', () => {
    expect(lines(load('unknown-actor-in-tie'))).toEqual([
      "error 45:31 ties[0].b | ties[0].b names the actor 'JPN', but there is no actor with that id; the actors are RUS, CHN, USA.",
    ]);
  });

  it('an event in an unknown theatre', () => {
    expect(lines(load('unknown-theatre-in-event'))).toEqual([
      "error 67:18 events[0].theatre | events[0].theatre names the theatre 'taiwan-strait', but there is no theatre with that id; the theatres are strait.",
    ]);
  });

  it('a misspelt key is pointed at, with the likely key, and not also reported as missing', () => {
    expect(lines(load('typo-key'))).toEqual([
      "error 56:7 theatres[0].tention | theatres[0] has a key 'tention' that the format does not know; did you mean 'tension'?",
    ]);
  });

  it('a missing title is reported on the object that lacks it', () => {
    expect(lines(load('missing-title'))).toEqual(['error 1:1 title | The scenario has no "title", which is required.']);
  });

  it('a copied actor whose id was not changed', () => {
    expect(lines(load('duplicate-actor-id'))).toEqual([
      "error 36:13 actors[2].id | actors[2] repeats the id 'CHN' of actors[1]; every actor needs its own id.",
    ]);
  });

  it('a source quoting a document that is not listed', () => {
    expect(lines(load('unlisted-document'))).toEqual([
      'error 23:33 actors[0].sources[0].document | actors[0].sources[0] quotes \'seed.md\', which is not listed in "documents"; the documents listed are seed.txt. Add it to "documents", or correct the file name.',
    ]);
  });

  it('a crisis without a theatre', () => {
    expect(lines(load('crisis-without-theatre'))).toEqual([
      'error 62:5 events[0].theatre | events[0] is a crisis but has no "theatre": every crisis happens somewhere.',
    ]);
  });

  it('a file for another format version says so, and only that', () => {
    expect(lines(load('wrong-format-version'))).toEqual([
      'error 3:20 formatVersion | This file was written for format version 2; this version of the game reads version 1.',
    ]);
  });

  it('several mistakes in one file are all reported, in reading order', () => {
    const report = load('several-mistakes');
    expect(report.ok).toBe(false);
    expect(lines(report)).toEqual([
      'error 1:1 summary | The scenario has no "summary", which is required.',
      'error 21:25 actors[0].trust.CHN | actors[0].trust.CHN must be between 0 and 1, got 1.4.',
      "error 27:15 actors[1].kind | actors[1].kind must be one of 'state', 'nonstate' or 'organisation', got \"stat\"; did you mean 'state'?",
      "error 44:31 ties[0].b | ties[0].b names the actor 'JPN', but there is no actor with that id; the actors are RUS, CHN, USA.",
      "error 55:7 theatres[0].tention | theatres[0] has a key 'tention' that the format does not know; did you mean 'tension'?",
      'error 78:17 events[1].weight | events[1].weight must be a number, got "2" (write the number without quotes).',
      "error 86:45 events[1].choices[0].effects[1].theatre | events[1].choices[0].effects[1].theatre names the theatre 'straits', but there is no theatre with that id; did you mean 'strait'?",
      "error 98:49 history[0].choices.joint-exercise | history[0].choices.joint-exercise names the choice 'joined', but event 'joint-exercise' has no such choice; its choices are join, decline.",
      "error 103:3 debrief | The scenario has a key 'debrief' that the format does not know; the keys allowed here are '$schema', 'formatVersion', 'id', 'title', 'summary', 'startYear', 'startMonth', 'endYear', 'monthsPerTurn', 'turns', 'playable', 'documents', 'actors', 'ties', 'treaties', 'postures', 'theatres', 'events', 'history', 'objectives', 'questions', 'classMinutes', 'rules' and 'sources'.",
    ]);
  });

  it('every problem carries the file name it was loaded under', () => {
    const report = load('several-mistakes');
    expect(report.ok).toBe(false);
    if (!report.ok) expect(new Set(report.errors.map((p) => p.file))).toEqual(new Set(['several-mistakes.json']));
  });
});
