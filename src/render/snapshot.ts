// What the map draws: a plain picture of the world as one side sees it, built from a game state.
// The scenes read only this, never the state, so they cannot compute a rule; its words come in the page's language,
// so that the scenes need no messages of their own.
import { tieOf, treatyFor, trustIn, type ActorId, type ActorKind, type CrisisInstance, type GameState, type Posture, type Terms, type Tie } from '../engine';
import { t as message, tx } from '../i18n/core';
import { mapName } from './map/names';

/** How an actor stands toward the player, in the order the map ranks them. Drives colour and pattern together. */
export type Standing = 'self' | 'alliance' | 'partnership' | 'rival' | 'none';

export interface ActorMark {
  id: ActorId;
  name: string;
  kind: ActorKind;
  /** ISO 3166 numeric codes (3-digit strings) of the countries it holds; empty for non-state actors and organisations. */
  iso: string[];
  lon: number;
  lat: number;
  standing: Standing;
  /** The formal tie with the player ('none' for the player itself). */
  tie: Tie;
  /** Its treaty's terms, when there is a tie. */
  terms?: Terms;
  /** The player's posture toward this actor, and this actor's toward the player (null for the player itself). */
  posture: Posture | null;
  theirPosture: Posture | null;
  /** The player's trust in this actor, 0..1 (null for the player itself). */
  trust: number | null;
  /** The line under its name on the map: the tie, and who reaches further than the tie when someone does. */
  detail: string;
  /** Its label when the view shows it at the map's edge, away from where it stands. */
  offMapName: string;
  /** What an organisation's badge says: its short name in the page's language ("NATO", «НАТО», 北约). */
  badge: string;
}

export interface TieLine {
  a: ActorId;
  b: ActorId;
  kind: Tie;
  /** Trust along the tie, 0..1: the player's own trust when the player is one end, else the mean of both directions. */
  trust: number;
  withPlayer: boolean;
}

export interface TheatreMark {
  id: string;
  name: string;
  lon: number;
  lat: number;
  tension: number;
  /** The gravest crisis dealt in this theatre this turn, if any, with the line under the theatre's name ("2 crises"). */
  crisis: { initiator: ActorId; target: ActorId; severity: number; count: number; callsPlayer: boolean; caption: string } | null;
}

export interface MapSnapshot {
  side: ActorId;
  turn: number;
  actors: ActorMark[];
  ties: TieLine[];
  theatres: TheatreMark[];
}

/** The most a badge holds, in characters. */
const BADGE_CHARS = 8;

/** An organisation's badge: its name without what the brackets add, when that is short; else, for a Russian name,
 *  its initials as Russian abbreviates (every word of three letters or more: «ОДКБ», «ШОС»), since the id is Latin;
 *  else its id. */
export function badgeOf(name: string, id: ActorId): string {
  const base = name.replace(/\s*[(（].*[)）]\s*$/, '');
  if (base.length <= BADGE_CHARS) return base;
  if (!/\p{Script=Cyrillic}/u.test(base)) return id;
  const initials = base
    .split(/\s+/u)
    .filter((word) => word.length >= 3)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
  return initials.length >= 2 && initials.length <= BADGE_CHARS ? initials : id;
}

function standingOf(state: GameState, side: ActorId, other: ActorId, tie: Tie): Standing {
  if (other === side) return 'self';
  if (tie !== 'none') return tie;
  const rival = state.scenario.theatres.some((t) =>
    t.rivals.some((r) => (r.challenger === side && r.defender === other) || (r.challenger === other && r.defender === side)),
  );
  return rival ? 'rival' : 'none';
}

/** The map's picture of `state` for the player leading `side`. Pure: same state and side, same snapshot. */
/** The map as `side` sees `state`. Theatres mark `crises` — by default the crises the state's turn deals; on a turn's
 *  report, those of the turn told, so that the map never shows a crisis the report has not come to. */
/** The map as `side` sees it; `atScreen` false where two players share the screen and `side` is only the one whose ties
 *  the map draws: then it is not "you". */
export function mapSnapshot(state: GameState, side: ActorId, crises: readonly CrisisInstance[] = state.agenda.crises, atScreen = true): MapSnapshot {
  const { scenario } = state;
  const actors: ActorMark[] = scenario.actors.map((a) => {
    const self = a.id === side;
    const tie = self ? 'none' : tieOf(state, side, a.id);
    const name = tx(a.name);
    const standing = standingOf(state, side, a.id, tie);
    const posture = self ? null : state.postures[side]![a.id]!;
    const theirPosture = self ? null : state.postures[a.id]![side]!;
    return {
      id: a.id,
      name,
      kind: a.kind,
      iso: [...a.map.iso],
      lon: a.map.lon,
      lat: a.map.lat,
      standing,
      tie,
      ...(tie === 'none' ? {} : { terms: treatyFor(state, side, a.id, tie).terms }),
      posture,
      theirPosture,
      trust: self ? null : trustIn(state, side, a.id),
      detail: self && !atScreen ? message('report.map.seenFrom') : detailOf({ standing, tie, posture, theirPosture }),
      offMapName: message('report.map.offMap', { name: mapName(name) }),
      badge: badgeOf(name, a.id),
    };
  });

  const ties: TieLine[] = [];
  const ids = scenario.actors.map((a) => a.id);
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i]!;
      const b = ids[j]!;
      const kind = tieOf(state, a, b);
      const withPlayer = a === side || b === side;
      // Untied pairs are drawn only where the player reaches out or is reached for: a courtship, not noise.
      if (kind === 'none') {
        if (!withPlayer) continue;
        const other = a === side ? b : a;
        if (state.postures[side]![other] === 'hedge' && state.postures[other]![side] === 'hedge') continue;
      }
      const trust = withPlayer
        ? trustIn(state, side, a === side ? b : a)
        : (trustIn(state, a, b) + trustIn(state, b, a)) / 2;
      ties.push({ a, b, kind, trust, withPlayer });
    }
  }

  const theatres: TheatreMark[] = scenario.theatres.map((t) => {
    const here = crises.filter((c) => c.theatre === t.id);
    const gravest = here.reduce<(typeof here)[number] | null>((m, c) => (m === null || c.severity > m.severity ? c : m), null);
    return {
      id: t.id,
      // A theatre's name is written as it reads inside a sentence ("the Taiwan Strait"); a label starts with a capital.
      name: capitalised(tx(t.name)),
      lon: t.lon,
      lat: t.lat,
      tension: state.tension[t.id] ?? t.tension,
      crisis: gravest
        ? {
            initiator: gravest.initiator,
            target: gravest.target,
            severity: gravest.severity,
            count: here.length,
            callsPlayer: here.some((c) => c.initiator === side || c.target === side || c.calls.some((k) => k.callee === side)),
            caption: message('report.map.crises', { count: here.length }),
          }
        : null,
    };
  });

  return { side, turn: state.turn, actors, ties, theatres };
}

const POSTURE_LEVEL: Record<Posture, number> = { hedge: 0, partner: 1, ally: 2 };
const TIE_LEVEL: Record<Tie, number> = { none: 0, partnership: 1, alliance: 2 };
const STANDING_KEY = {
  self: 'report.map.self',
  alliance: 'report.map.alliance',
  partnership: 'report.map.partnership',
  rival: 'report.map.rival',
  none: 'report.map.noTie',
} as const;

/** The word under a name: the tie, and who reaches further than the tie when someone does. */
export function detailOf(a: Pick<ActorMark, 'standing' | 'tie' | 'posture' | 'theirPosture'>): string {
  const word = message(STANDING_KEY[a.standing]);
  if (a.standing === 'self') return word;
  const above = (p: Posture | null, tie: Tie): p is Posture => p !== null && POSTURE_LEVEL[p] > TIE_LEVEL[tie];
  if (above(a.posture, a.tie)) return message('report.map.youReach', { word, posture: a.posture });
  if (above(a.theirPosture, a.tie)) return message('report.map.theyReach', { word, posture: a.theirPosture });
  return word;
}

function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
