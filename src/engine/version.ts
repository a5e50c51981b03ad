// The version of the game's rules, written into saves, class codes and result files.
// A game is its seed and its decisions; replaying them under other rules (or with computer players who decide
// differently) gives another game. A file made under other rules is refused as such, never taken for an edited one.
// Raise it whenever the same seed and decisions can end differently: tests/engine/golden.test.ts fails until you do.
// Version 3: treaties with terms, a tie's future, ties that age, yearly rates, trust with uncertainty.
// Version 4: a clash goes by the square of the weights and costs each side by the other's share; a public refusal
// costs the caller influence; backing down costs stability; war weariness (keeping an alliance costs more of the
// obligations it has carried each year it holds); an actor called by both sides that backs the other side more is
// seen to take it; the computer values a partner's backing by the rules of a clash; the 1945 civil war fades by 1949.
// Version 5: the computer values the ties it holds with their influence counted once, for the set, not tie by tie
// at the margin (a tie added no longer lowers what the others seem to give); a gesture on an event is judged by the
// tie in force when it was chosen, not by one the same turn's postures form or break; a target calls no rival of its
// own for help; a turn has one crisis between two powers in a theatre, whichever started it.
// Version 6: neutrality where no more was expected tells nothing of a power's reliability, and moves neither trust nor
// grievance; a gesture on an event is judged against no more than the most the event's choices could give.
// Version 7: an actor called by both sides that backs them alike backs neither: each sees neutrality.
export const RULES_VERSION = 7;

/**
 * The versions of the rules that added to what every game's state holds, from its first turn: version 3 gave each
 * actor's trust the evidence it rests on (`state.evidence`). The state hash covers the whole state, so no game played
 * under an earlier version hashes like any game played under one of these. Add a version here when it does the same.
 */
export const RULES_THAT_CHANGED_THE_STATE: readonly number[] = [3];

/**
 * Whether a game played under rules `claimed` (older than these) can never reach a state hash these rules reach: a
 * file claiming `claimed` whose decisions replay here to the hash it records is contradicted by its own replay.
 */
export const hashesApartFrom = (claimed: number): boolean => RULES_THAT_CHANGED_THE_STATE.some((v) => v > claimed && v <= RULES_VERSION);
