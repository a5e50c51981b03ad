import { describe, expect, it } from 'vitest';
import { prepareScenario } from '../../src/engine/scenario';
import { allProblems, loadScenario } from '../../src/scenarios/loader';
import { formatPath, formatProblem } from '../../src/scenarios/problems';
import { closest, editDistance } from '../../src/scenarios/suggest';
import { fixture, lines } from './helpers';

const minimal = fixture('minimal.json');

describe('loadScenario', () => {
  it('loads the minimal scenario with no problems, prepared by the engine', () => {
    const report = loadScenario(minimal, 'minimal.json');
    expect(lines(report)).toEqual([]);
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.value.actors.map((a) => a.id)).toEqual(['RUS', 'CHN', 'USA']);
    expect(report.value.rules.defaultTrust).toBe(0.5);
    expect(report.value.hash).toBe(prepareScenario(JSON.parse(minimal)).hash);
    expect(report.value).not.toHaveProperty('$schema');
  });

  it('loads a file with warnings, and lists them', () => {
    const report = loadScenario(fixture('warnings.json'));
    expect(report.ok).toBe(true);
    expect(lines(report)).toEqual([
      'warning 11:23 playable[1] | CHN is playable but cares about nothing: all its interest weights are 0, so no choice can help or hurt its score.',
      "warning 36:13 actors[2].id | Actor 'IND' appears in no tie, posture, theatre or event, so it never comes into play.",
      'warning 62:15 theatres[0].name | theatres[0].name begins with "The", so the game\'s sentences read "In The Strait: …". Write the name as it reads inside a sentence, "the Strait": the game capitalises it where it starts a heading.',
      'warning 77:26 events[0].turns.from | events[0] can never be dealt: it starts on turn 9, but the scenario has only 4 turns.',
      'warning 88:17 events[1].weight | events[1] can never be dealt: its weight is 0.',
      "warning 108:31 history[0].choices.joint-exercise | history[0].choices.joint-exercise (turn 1) records a choice on event 'joint-exercise', which can never be dealt (its weight is 0), so the historical path never makes it.",
    ]);
  });

  it('is pure: the same text gives the same verdict, and the input object is never shared', () => {
    const a = loadScenario(minimal);
    const b = loadScenario(minimal);
    expect(a).toEqual(b);
    if (a.ok && b.ok) expect(a.value).not.toBe(b.value);
  });

  const edit = (from: string, to: string) => {
    expect(minimal).toContain(from);
    return minimal.replace(from, to);
  };

  it.each([
    ['an empty file', '', ['error 1:1  | The file is empty: a scenario is one JSON object, starting with { and ending with }.']],
    ['a list instead of an object', '[]', ['error 1:1  | The file must hold one JSON object, { … }, but it holds a list.']],
    [
      'a comment',
      edit('"turns": 4,', '"turns": 4, // four turns'),
      ['error 10:15  | Comments are not allowed in a scenario file: JSON has no comments. Remove it, or move the note into a "description".'],
    ],
    [
      'single quotes',
      edit('"turns": 4,', "'turns': 4,"),
      ['error 10:3  | Text must be in double quotes ("…"), not single quotes: found \'turns\'.'],
    ],
    [
      'a key given twice',
      edit('"turns": 4,', '"turns": 4, "turns": 5,'),
      ['error 10:15 turns | The key "turns" appears twice in the same object; only the last would count. Keep one.'],
    ],
    [
      'a missing closing brace',
      minimal.trimEnd().slice(0, -1),
      ['error 104:1 classMinutes | The file ends before an object is closed: a } is missing.'],
    ],
    [
      'an unknown condition kind',
      edit('{ "kind": "tie", "a"', '{ "kind": "ties", "a"'),
      ["error 78:26 events[1].when[0].kind | events[1].when[0].kind must be one of 'tie', 'posture', 'tension', 'trust' or 'metric', got \"ties\"; did you mean 'tie'?"],
    ],
    [
      'a record key that is not an id',
      edit('"trust": { "CHN": 0.6,', '"trust": { "C N": 0.6,'),
      ['error 22:18 actors[0].trust["C N"] | actors[0].trust has a key \'C N\' that is not a valid id: ids are short codes of letters, digits, "-" or "_", with no spaces.'],
    ],
    [
      'a choice event without a decider',
      edit('"decider": "RUS",', ''),
      ['error 72:5 events[1].decider | events[1] is an opportunity but has no "decider": someone must make the choice.'],
    ],
    [
      'a choice event without choices',
      minimal.replace(/"choices": \[\n {8}\{[\s\S]*?\n {6}\]/, '"choices": []'),
      [
        'error 81:18 events[1].choices | events[1] is an opportunity but offers no choices; give it at least one.',
        "error 85:49 history[0].choices.joint-exercise | history[0].choices.joint-exercise names the choice 'join', but event 'joint-exercise' has no such choice; that event offers no choices.",
      ],
    ],
    [
      'an actor tied to itself',
      edit('"b": "CHN", "kind"', '"b": "RUS", "kind"'),
      ["error 45:31 ties[0].b | ties[0] has 'RUS' tied to itself; a and b must be two different actors."],
    ],
    [
      'a tie listed twice',
      edit('"ties": [{ "a": "RUS", "b": "CHN", "kind": "partnership" }]', '"ties": [{ "a": "RUS", "b": "CHN", "kind": "partnership" }, { "a": "CHN", "b": "RUS", "kind": "alliance" }]'),
      ['error 45:63 ties[1] | ties[1] ties CHN and RUS again; ties[0] already does, and a pair can have only one tie.'],
    ],
    [
      'a wrong-typed formatVersion',
      edit('"formatVersion": 1', '"formatVersion": "1"'),
      ['error 3:20 formatVersion | formatVersion must be 1, got "1".'],
    ],
    [
      'an empty playable list',
      edit('"playable": ["RUS", "CHN"]', '"playable": []'),
      ['error 11:15 playable | playable must have at least 1 item, but it is empty.'],
    ],
    [
      'a history choice on an unknown event',
      edit('"choices": { "joint-exercise": "join" }', '"choices": { "joint-exercises": "join" }'),
      ["error 99:31 history[0].choices.joint-exercises | history[0].choices.joint-exercises names the event 'joint-exercises', but there is no event with that id; did you mean 'joint-exercise'?"],
    ],
    [
      'a crisis event pitting an actor against itself',
      edit('"initiator": "CHN", "target": "USA"', '"initiator": "CHN", "target": "CHN"'),
      ["error 70:49 events[0].crisis.target | events[0].crisis has 'CHN' challenging itself; initiator and target must be two different actors."],
    ],
    ['a byte-order mark', '\uFEFF' + minimal, []],
  ])('reports %s', (_what, text, expected) => {
    expect(lines(loadScenario(text))).toEqual(expected);
  });

  it('counts lines the same way with Windows line endings', () => {
    const report = loadScenario(edit('"trust": { "CHN": 0.6,', '"trust": { "CHN": 1.4,').replace(/\n/g, '\r\n'));
    expect(lines(report)).toEqual(['error 22:25 actors[0].trust.CHN | actors[0].trust.CHN must be between 0 and 1, got 1.4.']);
  });

  it('keeps a "__proto__" key an ordinary unknown key', () => {
    const report = loadScenario(edit('"turns": 4,', '"turns": 4, "__proto__": { "title": "x" },'));
    expect(report.ok).toBe(false);
    expect(allProblems(report).map((p) => p.path)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });
});

describe('problem text', () => {
  it('writes paths the way the file nests', () => {
    expect(formatPath(['actors', 3, 'trust', 'CHN'])).toBe('actors[3].trust.CHN');
    expect(formatPath([])).toBe('');
    expect(formatPath(['history', 0, 'choices', 'a b'])).toBe('history[0].choices["a b"]');
  });

  it('formats a problem as file:line:column  severity  path  message', () => {
    const [problem] = allProblems(loadScenario('[]', 'x.json'));
    expect(formatProblem(problem!)).toBe('x.json:1:1  error  (file)  The file must hold one JSON object, { … }, but it holds a list.');
  });

  it('suggests only close words', () => {
    expect(editDistance('tention', 'tension')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(closest('tention', ['tension', 'text'])).toBe('tension');
    expect(closest('Wheight', ['weight'])).toBe('weight');
    expect(closest('debrief', ['title', 'summary'])).toBeUndefined();
  });
});
