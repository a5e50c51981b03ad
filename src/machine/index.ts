// The turn flow of a game, as an xstate machine, and what screens may read from it.
export { createFlow, type Flow } from './machine';
export { lookaheadOthers, personaOthers, type DecideOthers } from './others';
export { autosave } from './autosave';
export { gameInPlay, playersInCrisis } from './requests';
export { PHASES, answersSeen, phaseOf, visibleDecisions, viewOf, resumeOffers, otherGames, type OtherGame, type FlowSnapshot, type Phase, type SideView, type ResumeOffer } from './selectors';
export type { FlowContext, FlowEvent, FlowInput, FlowSetup, Refusal, DecisionEvent } from './types';
