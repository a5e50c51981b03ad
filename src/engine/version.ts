// The version of the game's rules, written into saves, class codes and result files.
// A game is its seed and its decisions; replaying them under other rules (or with computer players who decide
// differently) gives another game. A file made under other rules is refused as such, never taken for an edited one.
// Raise it whenever the same seed and decisions can end differently: tests/engine/golden.test.ts fails until you do.
// Version 3: treaties with terms, a tie's future, ties that age, yearly rates, trust with uncertainty.
export const RULES_VERSION = 3;
