// Saves: the format, reading and writing, upgrading old versions, replay, and where autosaves live.
// The Node file store is imported from './file-store' directly, so the browser never loads node:fs.
export * from './format';
export { makeSave, writeSave, readSave, inspectSave, saveFileName, exportSave, importSave, type InspectedSave, type LoadedSave } from './save';
export { replay, rewindTo } from './replay';
export { upgrade } from './upgrade';
export { rulesProblems } from './shape';
export { rotate, EMPTY_SLOTS, type SaveSlots, type SaveStore } from './slots';
export { localStore, type KeyValueStorage } from './local-store';
export { shelf, gameKey, MOST_GAMES_KEPT, type Shelf, type ShelvedGame } from './shelf';
