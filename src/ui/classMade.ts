// The class code a teacher made last, kept so that the class report checks the class's files against it without the
// code being typed again: the one made in this tab (sessionStorage, so a reload keeps it), else the last one made in
// this browser (localStorage, so another tab finds it).
const KEY = 'bowstring.classMade';

export interface MadeClass {
  code: string;
  /** ISO time. */
  madeAt: string;
}

/** A class made here, and where: in this tab, or earlier in another tab of this browser. */
export type MadeWhere = MadeClass & { where: 'tab' | 'browser' };

const isMade = (x: unknown): x is MadeClass => {
  const c = x as Partial<MadeClass> | null;
  return typeof c === 'object' && c !== null && typeof c.code === 'string' && c.code !== '' && typeof c.madeAt === 'string';
};

function read(store: Storage): MadeClass | null {
  try {
    const kept: unknown = JSON.parse(store.getItem(KEY) ?? 'null');
    return isMade(kept) ? kept : null;
  } catch {
    return null;
  }
}

/** Keeps `code` as the class made last, in this tab and in this browser; a browser that keeps nothing loses nothing. */
export function keepClassMade(code: string, session: Storage, local: Storage, now = new Date()): void {
  if (read(session)?.code === code) return;
  const made = JSON.stringify({ code, madeAt: now.toISOString() } satisfies MadeClass);
  for (const store of [session, local]) {
    try {
      store.setItem(KEY, made);
    } catch {
      // Private browsing or a full store: the teacher types the code, as before.
    }
  }
}

/** The class made in this tab, else the last one made in this browser; null when none was. */
export function classMade(session: Storage, local: Storage): MadeWhere | null {
  const tab = read(session);
  if (tab) return { ...tab, where: 'tab' };
  const browser = read(local);
  return browser ? { ...browser, where: 'browser' } : null;
}
