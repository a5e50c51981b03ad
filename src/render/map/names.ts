// The words on the map: short names that fit a label, and the line under an actor's name.
import type { Posture, Tie } from '../../engine';
import { STANDING } from '../palette';
import type { ActorMark } from '../snapshot';

/** The short name a map label can hold: "Hayat Tahrir al-Sham (HTS)" stays, "Islamic State Khorasan (ISIS-K)" becomes "ISIS-K". */
export function mapName(name: string): string {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name);
  if (!m) return name;
  const [, base, inner] = m as unknown as [string, string, string];
  return base.length > 20 && inner.length <= 8 ? inner : base;
}

const POSTURE_LEVEL: Record<Posture, number> = { hedge: 0, partner: 1, ally: 2 };
const TIE_LEVEL: Record<Tie, number> = { none: 0, partnership: 1, alliance: 2 };

/** A theatre's name cut to what fits on the map, at a natural break when it has one ("Caspian gas and the
 *  trans-Afghan pipeline route" → "Caspian gas"); the page gives the whole name. */
export function shortTheatre(name: string): string {
  const base = name.replace(/\s*\(.*\)\s*$/, '');
  if (base.length <= 26) return base;
  const head = /^(.{5,}?)(?::|,| and )/.exec(base)?.[1];
  if (head && head.length <= 30) return head;
  const cut = base.slice(0, 25);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,:;–-]+$/, '')}…`;
}

/** The word under a name: the tie, and who reaches further than the tie when someone does. */
export function detailOf(a: ActorMark): string {
  if (a.standing === 'self') return 'you';
  const word = STANDING[a.standing].word;
  const above = (p: Posture | null, tie: Tie) => p !== null && POSTURE_LEVEL[p] > TIE_LEVEL[tie];
  if (above(a.posture, a.tie)) return `${word} · you: ${a.posture}`;
  if (above(a.theirPosture, a.tie)) return `${word} · they: ${a.theirPosture}`;
  return word;
}
