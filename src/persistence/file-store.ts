// Autosaves in Node: two files in a directory, each written whole to a temporary file and then renamed,
// so a crash mid-write leaves the old file rather than half a new one. Node only: not part of the browser's index.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rotate, type SaveSlots, type SaveStore } from './slots';

export const LATEST_FILE = 'autosave.json';
export const PREVIOUS_FILE = 'autosave.previous.json';

export function fileStore(dir: string): SaveStore {
  const path = { latest: join(dir, LATEST_FILE), previous: join(dir, PREVIOUS_FILE) };
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : null);
  const write = (file: string, text: string) => {
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, file);
  };
  const load = (): SaveSlots => ({ latest: read(path.latest), previous: read(path.previous) });
  return {
    load,
    save(text) {
      mkdirSync(dir, { recursive: true });
      const next = rotate(load(), text);
      if (next.previous !== null && next.previous !== read(path.previous)) write(path.previous, next.previous);
      write(path.latest, text);
    },
  };
}
