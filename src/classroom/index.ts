// The classroom: class codes, result files, the teacher's class report and the what-if runs. Pure logic, no page;
// the screens live in src/ui, which load the workers ('./games.worker') by URL.
export * from './options';
export { encodeClassCode, decodeClassCode, classLink, classCodeIn, CLASS_CODE_VERSION, MAX_SEED_BYTES, type ClassCodeProblem, type ClassCodeProblemCode } from './classCode';
export * from './resultFile';
export { sideFigures, posturesChosen, allianceEvents, type SideFigures, type AllianceEvent, type PartnerFigures } from './figures';
export * from './classReport';
export * from './classReportPool';
export { WARM_UP_TURNS } from './warmUp';
export * from './whatIf';
