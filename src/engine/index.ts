// The rules of Bowstring: pure, deterministic, free of any UI. Everything else calls in here.
export * from './types';
export { prepareScenario, DEFAULT_RULES } from './scenario';
export { newGame, lastTurn } from './state';
export { lookup, type Lookup } from './lookup';
export { applyDecisions, checkDecisions, legalCalls, legalChoices, legalOptions, legalPostures, type DecisionError, type DecisionErrorCode, type LegalOptions } from './turn';
export { gauges, type Gauges } from './gauges';
export { score, scoreOf, interestsNow } from './score';
export { stateHash } from './statehash';
export { bayesTrust } from './trust';
export { TEMPER, riskOf, boldness, commonCause, confidence, deterrence, escalationChance, supportCost, threatTo } from './crisis';
export { pairKey, cooling, tieOf, tieFromPostures, expectationOf, powerOf, exposureOf, partnersOf, COMMITMENT, POSTURE_RANK, TIE_RANK, POSTURE_BY_RANK } from './relations';
export { canonicalJson, hashString, hashValue } from './hash';
export { RULES_VERSION } from './version';
export { restoreRng, seedRng, pickWeighted, type Rng } from './rng';
