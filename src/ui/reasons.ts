// Why the computer's powers acted as they did, and what the advisor suggests: the AI's own explanations, asked for here.
// HOOK for src/ai: explaining a decision already made (`explainDecision(state, actor, decision, voice)`) belongs there;
// until it exists, this adapter builds the verdicts from the AI's public parts, as `decideWithReasons` does.
import { restoreRng, seedRng, sidedAgainst, stateHash, type ActorId, type ActorDecision, type Call, type Decisions, type GameState, type SupportLevel } from '../engine';
import { advise, type Advisory } from '../ai/advisor';
import { explainVerdict, type Explanation } from '../ai/explain';
import { itemsOf, optionIn } from '../ai/lookahead';

/** Explanations of the decisions of the actors no person plays, from the state they decided in. */
export function explainOthers(before: GameState, decisions: Decisions, people: readonly ActorId[], viewer: ActorId | null): Explanation[] {
  const out: Explanation[] = [];
  for (const [actor, decision] of Object.entries(decisions)) {
    if (people.includes(actor)) continue;
    for (const item of itemsOf(before, actor, decision, 0)) {
      const chosen = optionIn(decision, before, actor, item);
      const e = explainVerdict(before, actor, { item, baseline: chosen, chosen, weighed: [] }, viewer ? { you: viewer } : {});
      out.push(item.kind === 'answer' ? asSeen(before, actor, decision, e) : e);
    }
  }
  return out;
}

/** An answer as its caller sees it: an actor called by both sides that backs the other side more has taken it,
 *  whatever it answered this caller (seenAnswer) — told so, as the report's table of who stood by whom tells it. */
function asSeen(before: GameState, actor: ActorId, decision: ActorDecision, e: Explanation): Explanation {
  const crisis = before.agenda.crises.find((c) => c.calls.some((call) => call.id === e.ref));
  const call = crisis?.calls.find((c) => c.id === e.ref);
  if (!crisis || !call) return e;
  const given = (c: Call): SupportLevel => (c.callee === actor ? (decision.answers?.[c.id] ?? 1) : c.expected);
  const other = sidedAgainst(crisis.calls, given, call);
  if (!other) return e;
  const opponent = crisis.initiator === call.caller ? crisis.target : crisis.initiator;
  return { ...e, head: { code: 'side-against', target: call.caller, opponent }, reasons: [{ code: 'backs-other-more', target: other.caller }, ...e.reasons] };
}

/** Those worth a player's attention: what touched the people at the screen, and every change of posture. */
export function relevantTo(explanations: readonly Explanation[], people: readonly ActorId[]): Explanation[] {
  return explanations.filter((e) => (e.target !== null && people.includes(e.target)) || (e.kind === 'posture' && e.changed));
}

const advised = new Map<string, Advisory>();

/** The advisor's view of `side`'s decisions this turn. Seeded by the world, turn and side: asking twice gives the same advice. */
export function adviceFor(game: GameState, side: ActorId): Advisory {
  const key = `${stateHash(game)}|${side}`;
  let advice = advised.get(key);
  if (!advice) {
    advice = advise(game, side, restoreRng(seedRng(`advice:${game.seed}:${game.turn}:${side}`)));
    advised.clear();
    advised.set(key, advice);
  }
  return advice;
}
