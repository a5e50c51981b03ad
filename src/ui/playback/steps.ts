// The turn just resolved, told step by step for the resolution screen and the map: each crisis flaring in its theatre,
// each call and its answer, how the crisis ended; then the ties that formed, cooled or broke. It reads the turn's
// record and the state the turn started from (for names and titles) and decides nothing.
import { TIE_RANK, type ActorId, type CrisisOutcome, type GameState, type TieChange, type TurnRecord } from '../../engine';
import type { CallCue, CrisisCue, PlaybackCue, TieCue } from '../../render/bus';
import { crisisTitle } from '../consequences';
import { supportWord, cap, crisisEndWords, listWords, theatreName, tieChangeWords } from '../words';

export interface PlaybackStep {
  /** The step in a sentence, as the report would say it. */
  line: string;
  cue: PlaybackCue;
}

type Name = (id: ActorId) => string;

/** "presses" for a power, "press" for you. */
const presses = (who: string): string => (who === 'you' ? 'press' : 'presses');

/** Whether an answer met what the caller expected, as the report marks it. */
export const answerMark = (c: CallCue): string => (c.given >= c.expected ? '✓' : '✗ short');

export function tieCue(c: TieChange): TieCue {
  const change = c.from === 'none' ? 'formed' : c.to === 'none' ? 'broke' : TIE_RANK[c.to] > TIE_RANK[c.from] ? 'warmed' : 'cooled';
  return { a: c.a, b: c.b, change, to: c.to };
}

function flareLine(before: GameState, c: CrisisOutcome, name: Name): string {
  const crisis = before.agenda.crises.find((x) => x.id === c.crisis);
  const who = `${cap(name(c.initiator))} ${presses(name(c.initiator))} ${name(c.target)} in ${theatreName(before.scenario, c.theatre)}.`;
  return crisis?.event ? `Crisis: ${crisisTitle(before, crisis)}. ${who}` : `Crisis: ${who}`;
}

function callLine(c: CallCue, name: Name): string {
  const more = c.given > c.expected ? ', more than expected' : '';
  return `${cap(name(c.caller))} called on ${name(c.callee)}, expecting ${supportWord(c.expected)}: ${name(c.callee)} gave ${supportWord(c.given)}${more} ${answerMark(c)}.`;
}

function endLine(before: GameState, c: CrisisOutcome, name: Name): string {
  const paid = c.answers.filter((a) => a.cost > 0).map((a) => `${name(a.callee)} ${a.cost.toFixed(1)} ${a.cost === 1 ? 'point' : 'points'}`);
  return `${crisisEndWords(before.scenario, c, name)}${paid.length > 0 ? ` Backing a side cost ${listWords(paid)}.` : ''}`;
}

/**
 * The steps of `record`, the turn that started from `before` (the position with the calls made): for each crisis in the
 * order it was resolved, its flare, each call with its answer, and its end; then each tie that changed. `name` says
 * "you" for the player at the screen. A turn with neither crisis nor changed tie has no step.
 */
export function playbackSteps(before: GameState, record: TurnRecord, name: Name): PlaybackStep[] {
  const steps: PlaybackStep[] = [];
  for (const c of record.crises) {
    const crisis: CrisisCue = { theatre: c.theatre, initiator: c.initiator, target: c.target, calls: [], end: null };
    // Each step holds its own copy of the crisis so far: the map can show any step alone.
    const at = (adds: PlaybackCue['adds']): PlaybackCue => ({ adds, crisis: { ...crisis, calls: [...crisis.calls] }, ties: [] });
    steps.push({ line: flareLine(before, c, name), cue: at('flare') });
    for (const a of c.answers) {
      const call: CallCue = { caller: a.caller, callee: a.callee, expected: a.expected, given: a.delivered };
      crisis.calls.push(call);
      steps.push({ line: callLine(call, name), cue: at('call') });
    }
    crisis.end = { escalated: c.escalated, winner: c.winner };
    steps.push({ line: endLine(before, c, name), cue: at('end') });
  }
  const ties: TieCue[] = [];
  for (const change of record.tieChanges) {
    ties.push(tieCue(change));
    steps.push({ line: tieChangeWords(change, name), cue: { adds: 'tie', crisis: null, ties: [...ties] } });
  }
  return steps;
}
