// How the game's terms read on screen. Words only: every number shown comes from the engine.
import { lookup, type ActorId, type GameRules, type Metric, type Posture, type Scenario, type SourceRef, type SupportLevel, type Tie, type TieChange } from '../engine';
import { h } from './dom';

export function nameOf(scenario: Scenario, id: ActorId): string {
  return lookup(scenario).actor.get(id)?.name ?? id;
}

export function theatreName(scenario: Scenario, id: string): string {
  return lookup(scenario).theatre.get(id)?.name ?? id;
}

export const POSTURE_LABEL: Record<Posture, string> = { ally: 'Ally', partner: 'Partner', hedge: 'Hedge' };

export const POSTURE_HINT: Record<Posture, string> = {
  ally: 'Commit fully: you will expect full support in your crises, and owe it in theirs. An alliance forms only if they choose ally too.',
  partner: 'Cooperate: diplomatic support is expected both ways. A partnership needs both sides at partner or ally.',
  hedge: 'Keep your options open: no tie, nothing owed, nothing expected — and no one to count on.',
};

export const TIE_WORD: Record<Tie, string> = { alliance: 'alliance', partnership: 'partnership', none: 'no tie' };

export const SUPPORT_LABEL: Record<SupportLevel, string> = { 0: 'Oppose', 1: 'Stay neutral', 2: 'Diplomatic support', 3: 'Full support' };
export const SUPPORT_WORD: Record<SupportLevel, string> = { 0: 'opposition', 1: 'neutrality', 2: 'diplomatic support', 3: 'full support' };

export const SUPPORT_HINT: Record<SupportLevel, string> = {
  0: 'Side against the caller.',
  1: 'Stand aside or mediate. This is what you give if you do not answer.',
  2: 'Words, votes and visits: cheap if the clash escalates.',
  3: 'Arms, money or troops: the caller’s best backing, and the costliest if the clash escalates.',
};

export const METRIC_WORD: Record<Metric, string> = {
  security: 'security',
  economy: 'economy',
  influence: 'influence',
  autonomy: 'autonomy',
  stability: 'stability',
};

export const TIE_CHANGE_WHY: Record<TieChange['reason'], string> = {
  formed: 'both sides chose it',
  abrogated: 'one side walked out — which costs reputation with everyone',
  grievance: 'grievances piled up past what the tie can bear',
  trust: 'trust fell below what the tie needs',
  lowered: 'one side stepped back',
};

export const ENDING_WORD = { 'last-turn': 'The scenario reached its last turn', war: 'War', collapse: 'Collapse' } as const;

/** The years a turn covers, as far as the scenario says. */
export function periodOf(scenario: Scenario, turn: number): string {
  const from = scenario.startYear + Math.floor(((turn - 1) * scenario.monthsPerTurn) / 12);
  const to = scenario.startYear + Math.floor((turn * scenario.monthsPerTurn - 1) / 12);
  return from === to ? String(from) : `${from}–${to}`;
}

export function documentTitle(scenario: Scenario, file: string): string {
  return scenario.documents.find((d) => d.file === file)?.title ?? file;
}

/** Quotations from the scenario's documents, each with the document it comes from. */
export function quotes(scenario: Scenario, sources: readonly SourceRef[] | undefined, label = 'Sources'): HTMLElement | null {
  if (!sources || sources.length === 0) return null;
  const list = h('ul', { class: 'quotes', attrs: { 'aria-label': label } });
  for (const source of sources) {
    list.append(h('li', {}, h('blockquote', {}, `“${source.quote}”`), h('cite', {}, documentTitle(scenario, source.document))));
  }
  return list;
}

/** "A, B and C" (or "A, B or C"). */
export function listWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** A level word with a symbol, so that a risk never rests on colour alone. */
export function riskLevel(x: number): { word: string; mark: string; tone: 'low' | 'mid' | 'high' } {
  if (x < 0.2) return { word: 'low', mark: '▁', tone: 'low' };
  if (x < 0.5) return { word: 'moderate', mark: '▄', tone: 'mid' };
  return { word: 'high', mark: '█', tone: 'high' };
}

export const you = (side: ActorId, viewer: ActorId | null, name: string): string => (side === viewer ? 'you' : name);

export function sidesWord(scenario: Scenario, players: readonly ActorId[]): string {
  return listWords(players.map((p) => nameOf(scenario, p)));
}

/** The first letter in capitals, for a sentence that starts with a name or "you". */
export const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "1 point", "3 points". */
export const points = (n: number): string => `${n} ${Math.abs(n) === 1 ? 'point' : 'points'}`;

/** A lesson's rules in plain words, a sentence for each that is set; none for the scenario's own game. */
export function rulesWords(scenario: Scenario, rules: GameRules | undefined): string[] {
  const out: string[] = [];
  const turns = rules?.turns;
  if (turns !== undefined && turns < scenario.turns) {
    out.push(`This lesson lasts ${turns} of the scenario’s ${scenario.turns} turns: it ends after turn ${turns} (${periodOf(scenario, turns)}).`);
  }
  if (rules?.temperament === 'calm') out.push('The powers are calm in this lesson: slower than usual to start a crisis, and quicker to back down from one.');
  if (rules?.temperament === 'hawkish') out.push('The powers are hawkish in this lesson: quicker than usual to start a crisis, and slower to back down from one.');
  return out;
}

/** The engine's account of an ending, with actors' names for their ids; a lesson's shorter game says so. */
export function endingText(scenario: Scenario, ending: { reason: keyof typeof ENDING_WORD; turn: number; detail: string }, rules?: GameRules): string {
  if (ending.reason === 'last-turn' && rules?.turns !== undefined) return `The lesson’s ${rules.turns} turns were played: it ended after turn ${ending.turn} of the scenario’s ${scenario.turns}.`;
  if (ending.reason === 'last-turn') return `The scenario reached its last turn (turn ${ending.turn}).`;
  const detail = ending.detail.replace(/[A-Za-z][\w-]*/g, (word) => (lookup(scenario).actor.has(word) ? nameOf(scenario, word) : word));
  return `${ENDING_WORD[ending.reason]} on turn ${ending.turn}: ${detail}.`;
}
