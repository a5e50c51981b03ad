// The turn just resolved, told step by step for the resolution screen and the map: each crisis flaring in its theatre,
// each call and its answer, how the crisis ended; then the ties that formed, cooled or broke. It reads the turn's
// record and the state the turn started from (for names and titles) and decides nothing. The words the map writes
// travel in the cues, in the page's language, so that the map needs no messages of its own.
import { t, listWords } from '../../i18n/core';
import { TIE_RANK, type ActorId, type CrisisOutcome, type GameState, type SupportLevel, type TieChange, type TurnRecord } from '../../engine';
import type { CallCue, CrisisCue, PlaybackCue, TieCue } from '../../render/bus';
import { mapName } from '../../render/map/names';
import { crisisTitle } from '../consequences';
import { namesFor, type Name } from '../reportWords';
import { supportWord, cap, crisisEndWords, formedManyWords, labelOf, sentences, theatreName, tieChangeGroups, tieChangeWords, fixed } from '../words';

export interface PlaybackStep {
  /** The step in a sentence, as the report would say it. */
  line: string;
  cue: PlaybackCue;
}

/** Whether an answer met what the caller expected, as the report marks it. */
export const answerMark = (c: { given: SupportLevel; expected: SupportLevel }): string => (c.given >= c.expected ? t('report.steps.met') : t('report.steps.short'));

const TIE_CHANGE_KEY = { formed: 'report.map.formed', warmed: 'report.map.warmed', cooled: 'report.map.cooled', broke: 'report.map.broke' } as const;

export function tieCue(c: TieChange): TieCue {
  const change = c.from === 'none' ? 'formed' : c.to === 'none' ? 'broke' : TIE_RANK[c.to] > TIE_RANK[c.from] ? 'warmed' : 'cooled';
  return { a: c.a, b: c.b, change, to: c.to, word: t(TIE_CHANGE_KEY[change]) };
}

function flareLine(before: GameState, c: CrisisOutcome, name: Name, viewer: ActorId | null): string {
  const crisis = before.agenda.crises.find((x) => x.id === c.crisis);
  const where = { target: name(c.target), theatre: theatreName(before.scenario, c.theatre) };
  const who = c.initiator === viewer ? t('report.steps.youPress', where) : t('report.steps.presses', { ...where, initiator: cap(name(c.initiator)) });
  return crisis?.event ? t('report.steps.crisisTitled', { title: crisisTitle(before, crisis), who }) : t('report.steps.crisis', { who });
}

function callLine(c: CallCue, name: Name): string {
  return t('report.steps.call', {
    caller: cap(name(c.caller)),
    callee: name(c.callee),
    expected: supportWord(c.expected),
    given: supportWord(c.given),
    more: c.given > c.expected ? 'yes' : 'no',
    mark: answerMark(c),
  });
}

function endLine(before: GameState, c: CrisisOutcome, name: Name): string {
  const paid = c.answers.filter((a) => a.cost > 0).map((a) => t('report.steps.paid', { name: name(a.callee), amount: fixed(a.cost), n: a.cost }));
  const ended = crisisEndWords(before.scenario, c, name);
  return paid.length > 0 ? sentences(ended, t('report.steps.cost', { list: listWords(paid) })) : ended;
}

/** What the map writes at the theatre: who presses whom, and how the crisis ended, by the names on the map. */
function crisisWords(before: GameState, c: CrisisOutcome): CrisisCue['words'] {
  const short = (id: ActorId) => mapName(labelOf(before.scenario, id));
  const loser = c.winner === c.initiator ? c.target : c.initiator;
  return {
    flare: t('report.map.presses', { initiator: short(c.initiator), target: short(c.target) }),
    end: c.escalated ? t('report.map.clash', { winner: short(c.winner) }) : t('report.map.backedDown', { loser: short(loser) }),
  };
}

const ANSWER_KEY = { 3: 'report.map.answer3', 2: 'report.map.answer2', 1: 'report.map.answer1', 0: 'report.map.answer0' } as const;

/**
 * The steps of `record`, the turn that started from `before` (the position with the calls made): for each crisis in the
 * order it was resolved, its flare, each call with its answer, and its end; then each tie that changed (the ties one
 * power formed with several others together: tieChangeGroups, a player's own told one by one, as the report tells
 * them). The player at the screen (`viewer`; none in a game of two) is "you"; `players` are every side played by a
 * person. A turn with neither crisis nor changed tie has no step. With `after`, the state the turn left, a tie
 * lowered or broken says who walked out or whose strain broke it.
 */
export function playbackSteps(before: GameState, record: TurnRecord, viewer: ActorId | null, after?: GameState, players: readonly ActorId[] = viewer ? [viewer] : []): PlaybackStep[] {
  const name = namesFor(before.scenario, viewer);
  const steps: PlaybackStep[] = [];
  for (const c of record.crises) {
    const crisis: CrisisCue = { theatre: c.theatre, initiator: c.initiator, target: c.target, calls: [], end: null, words: crisisWords(before, c) };
    // Each step holds its own copy of the crisis so far: the map can show any step alone.
    const at = (adds: PlaybackCue['adds']): PlaybackCue => ({ adds, crisis: { ...crisis, calls: [...crisis.calls] }, ties: [] });
    steps.push({ line: flareLine(before, c, name, viewer), cue: at('flare') });
    for (const a of c.answers) {
      const answer = { expected: a.expected, given: a.delivered };
      const call: CallCue = { caller: a.caller, callee: a.callee, ...answer, word: t('report.map.call', { answer: t(ANSWER_KEY[a.delivered]), mark: answerMark(answer) }) };
      crisis.calls.push(call);
      steps.push({ line: callLine(call, name), cue: at('call') });
    }
    crisis.end = { escalated: c.escalated, winner: c.winner };
    steps.push({ line: endLine(before, c, name), cue: at('end') });
  }
  // Ties one power formed with several others come as one step, as the report tells them.
  const ties: TieCue[] = [];
  for (const group of tieChangeGroups(record.tieChanges, players)) {
    ties.push(...group.map(tieCue));
    steps.push({ line: group.length > 1 ? formedManyWords(group, name) : tieChangeWords(group[0]!, name, after), cue: { adds: 'tie', crisis: null, ties: [...ties] } });
  }
  return steps;
}
