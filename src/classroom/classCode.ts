// Class codes: a lesson's world and settings in a short string a teacher can write on the board or send as a link.
// The code names the scenario by a tag of its id and of its content hash, so a code made for another version of a
// scenario is refused by name instead of opening a different world; three check bytes catch a mistyped code.
// A code may also carry the class's language, which a student who opens it then plays in.
import { nameOf } from '../i18n/engineWords';
import { err, hashString, ok, type Result, type Scenario } from '../engine';
import { listWords, t, tx } from '../i18n/core';
import { LANGS, type Lang } from '../i18n/langs';
import { fromBase32, toBase32 } from './base32';
import { CLASS_SIDES, TEMPERAMENTS, type ClassOptions } from './options';

/** The version of the code format this game writes and reads: the number after the B. */
export const CLASS_CODE_VERSION = 1;
/** Longest seed a code carries, in UTF-8 bytes: the code must stay short enough to copy by hand. */
export const MAX_SEED_BYTES = 40;

export type ClassCodeProblemCode =
  | 'invalid-options'
  | 'not-a-code'
  | 'older-version'
  | 'newer-version'
  | 'damaged'
  | 'unknown-scenario'
  | 'scenario-changed'
  | 'bad-side'
  | 'bad-turns';

/** Why a code was refused (or could not be made), in a sentence a teacher or student can act on, in the page's language. */
export interface ClassCodeProblem {
  code: ClassCodeProblemCode;
  message: string;
}

const refuse = (code: ClassCodeProblemCode, message: string): Result<never, ClassCodeProblem> => err([{ code, message }]);

// Layout of the bytes: id tag (3), hash tag (5), settings (1), turns (1, when set), language (1, when set), seed
// (UTF-8), check (3). The language came later in a bit no earlier code sets, so every earlier code reads as it did.
const ID_TAG = 3;
const HASH_TAG = 5;
const CHECK = 3;
const HAS_TURNS = 1 << 5;
const HAS_LANG = 1 << 6;

const tagOf = (hex: string, bytes: number): number[] => Array.from({ length: bytes }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
const idTag = (id: string) => tagOf(hashString(id), ID_TAG);
const hashTag = (hash: string) => tagOf(hash, HASH_TAG);
const checkOf = (version: number, bytes: readonly number[]) => tagOf(hashString(`B${version}|${String.fromCharCode(...bytes)}`), CHECK);
const sameBytes = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The code for a lesson, e.g. `B1-8X2K-…`; refused when an option cannot be carried. */
export function encodeClassCode(options: ClassOptions): Result<string, ClassCodeProblem> {
  const side = CLASS_SIDES.indexOf(options.side);
  const temperament = options.temperament === undefined ? 0 : TEMPERAMENTS.indexOf(options.temperament) + 1;
  const lang = options.lang === undefined ? -1 : LANGS.indexOf(options.lang);
  const seed = new TextEncoder().encode(options.seed);
  if (!/^[0-9a-f]{16}$/.test(options.scenarioHash)) return refuse('invalid-options', t('class.classCode.badHash', { got: options.scenarioHash.slice(0, 40) }));
  if (side < 0) return refuse('invalid-options', t('class.classCode.badSide', { sides: CLASS_SIDES.join(', ') }));
  if (temperament < 0) return refuse('invalid-options', t('class.classCode.badTemperament', { temperaments: TEMPERAMENTS.join(', ') }));
  if (typeof options.advisor !== 'boolean') return refuse('invalid-options', t('class.classCode.badAdvisor'));
  if (options.turns !== undefined && !(Number.isInteger(options.turns) && options.turns >= 1 && options.turns <= 255))
    return refuse('invalid-options', t('class.classCode.badTurns', { got: String(options.turns) }));
  if (seed.length < 1 || seed.length > MAX_SEED_BYTES || new TextDecoder().decode(seed) !== options.seed)
    return refuse('invalid-options', t('class.classCode.badSeed', { most: MAX_SEED_BYTES }));
  if (options.lang !== undefined && lang < 0) return refuse('invalid-options', t('class.classCode.badLang', { langs: LANGS.join(', ') }));

  const settings = side | (options.advisor ? 4 : 0) | (temperament << 3) | (options.turns !== undefined ? HAS_TURNS : 0) | (lang >= 0 ? HAS_LANG : 0);
  const bytes = [
    ...idTag(options.scenarioId),
    ...hashTag(options.scenarioHash),
    settings,
    ...(options.turns !== undefined ? [options.turns] : []),
    ...(lang >= 0 ? [lang] : []),
    ...seed,
  ];
  const body = toBase32(Uint8Array.from([...bytes, ...checkOf(CLASS_CODE_VERSION, bytes)]));
  return ok(`B${CLASS_CODE_VERSION}-${body.match(/.{1,4}/g)!.join('-')}`);
}

/**
 * The lesson a code stands for, checked against the scenarios this game has. Never throws and never guesses:
 * a code of another format version, a damaged code, or one made for a scenario this game does not have in the
 * same version is refused with the reason.
 */
export function decodeClassCode(text: unknown, scenarios: readonly Scenario[]): Result<ClassOptions, ClassCodeProblem> {
  try {
    return decode(text, scenarios);
  } catch (fault) {
    return refuse('damaged', t('class.classCode.fault', { fault: String(fault) }));
  }
}

function decode(text: unknown, scenarios: readonly Scenario[]): Result<ClassOptions, ClassCodeProblem> {
  const clean = typeof text === 'string' ? typed(text) : '';
  // Without its dash (a space typed for it, or a line broken there), the version is the one digit after the B.
  const head = /^B(?:(\d{1,6})-|(\d))([0-9A-Za-z-]*)$/i.exec(clean);
  if (!head) {
    const shown = clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
    return refuse('not-a-code', t('class.classCode.notACode', { shown, start: `B${CLASS_CODE_VERSION}-` }));
  }
  const version = Number(head[1] ?? head[2]);
  if (version < CLASS_CODE_VERSION) return refuse('older-version', t('class.classCode.olderVersion'));
  if (version > CLASS_CODE_VERSION) return refuse('newer-version', t('class.classCode.newerVersion'));

  const raw = fromBase32(head[3]!.replace(/-/g, ''));
  const bytes = raw ? [...raw] : [];
  const fixed = ID_TAG + HASH_TAG + 1;
  const damaged = () => refuse('damaged', t('class.classCode.damaged'));
  if (!raw || bytes.length < fixed + CHECK) return damaged();
  const content = bytes.slice(0, -CHECK);
  if (!sameBytes(bytes.slice(-CHECK), checkOf(version, content))) return damaged();

  const settings = content[ID_TAG + HASH_TAG]!;
  const hasTurns = (settings & HAS_TURNS) !== 0;
  const hasLang = (settings & HAS_LANG) !== 0;
  const temperament = (settings >> 3) & 3;
  const extra = (hasTurns ? 1 : 0) + (hasLang ? 1 : 0);
  const lang = hasLang ? LANGS[content[fixed + (hasTurns ? 1 : 0)]!] : undefined;
  const seedBytes = Uint8Array.from(content.slice(fixed + extra));
  let seed: string;
  try {
    seed = new TextDecoder('utf-8', { fatal: true }).decode(seedBytes);
  } catch {
    return damaged();
  }
  // Intact check bytes but settings no encoder writes: not ours to guess at.
  if ((settings & 0b1000_0000) !== 0 || content.length < fixed + extra || (hasLang && !lang) || seedBytes.length < 1 || seedBytes.length > MAX_SEED_BYTES) return damaged();

  const sameId = scenarios.filter((s) => sameBytes(idTag(s.id), content.slice(0, ID_TAG)));
  if (sameId.length === 0) return refuse('unknown-scenario', t('class.classCode.unknownScenario'));
  const scenario = sameId.find((s) => sameBytes(hashTag(s.hash), content.slice(ID_TAG, ID_TAG + HASH_TAG)));
  if (!scenario) return refuse('scenario-changed', t('class.classCode.scenarioChanged', { title: tx(sameId[0]!.title) }));

  const options: ClassOptions = {
    scenarioId: scenario.id,
    scenarioHash: scenario.hash,
    seed,
    side: CLASS_SIDES[settings & 3]!,
    advisor: (settings & 4) !== 0,
  };
  if (hasTurns) options.turns = content[fixed]!;
  if (temperament > 0) options.temperament = TEMPERAMENTS[temperament - 1]!;
  if (lang) options.lang = lang;

  const about = { title: tx(scenario.title), names: listWords(scenario.playable.map((id) => nameOf(scenario, id))) };
  if (options.side === 'hotseat' && scenario.playable.length < 2) return refuse('bad-side', t('class.classCode.noHotseat', about));
  if ((options.side === 'RUS' || options.side === 'CHN') && !scenario.playable.includes(options.side))
    return refuse('bad-side', t('class.classCode.sideNotPlayable', { ...about, side: nameOf(scenario, options.side) }));
  if (options.turns !== undefined && options.turns > scenario.turns)
    return refuse('bad-turns', t('class.classCode.tooManyTurns', { title: about.title, turns: options.turns, most: scenario.turns }));
  return ok(options);
}

/**
 * A code as people pass it on: spaces, tabs and line breaks anywhere (written in groups, or wrapped by an email),
 * invisible joiners from a web page, and the dashes a word processor puts for a hyphen. They are dropped, and each
 * dash becomes a hyphen.
 */
function typed(text: string): string {
  return text.replace(/[\s\u200b-\u200d\u2060\u00ad]+/g, '').replace(/[\u2010-\u2015\u2212]/g, '-');
}

/**
 * The link that opens a lesson: the game's address with `?class=CODE` (and `&lang=` when the class has a language, so
 * the page opens in it from the first screen), keeping any other query the address has.
 */
export function classLink(baseUrl: string, code: string, lang?: Lang): string {
  const hash = baseUrl.indexOf('#');
  const base = hash < 0 ? baseUrl : baseUrl.slice(0, hash);
  const fragment = hash < 0 ? '' : baseUrl.slice(hash);
  let kept = base;
  for (const key of lang ? ['class', 'lang'] : ['class']) kept = kept.replace(new RegExp(`([?&])${key}=[^&]*(&|$)`), (_, lead: string, tail: string) => (tail ? lead : ''));
  kept = kept.replace(/[?&]$/, '');
  return `${kept}${kept.includes('?') ? '&' : '?'}class=${encodeURIComponent(code)}${lang ? `&lang=${lang}` : ''}${fragment}`;
}

/** The class code in a page's query string (`?class=…`), if there is one. */
export function classCodeIn(search: string): string | null {
  const match = /(?:^|[?&])class=([^&#]*)/.exec(search);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!.replace(/\+/g, ' '));
  } catch {
    return match[1]!;
  }
}
