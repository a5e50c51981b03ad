// The class server speaks English (it has no page language). The few sentences a student or a teacher meets most are
// put into the page's language here, and only here: each is known by its status (HTTP, or the join's refusal code)
// and a stable start of its sentence. Any other sentence is shown as the server wrote it, as text.
import { t } from '../i18n/core';
import type { ActorId } from '../engine';
import { JOIN_CODE_LENGTH } from './joinCode';
import type { Refused } from './protocol';

interface Known {
  status: number;
  sentence: RegExp;
  words(match: RegExpMatchArray, name: (id: ActorId) => string): string;
}

const KNOWN: readonly Known[] = [
  { status: 404, sentence: /^No class has this code\./, words: () => t('class.live.server.unknownCode') },
  { status: 403, sentence: /^This class has ended\./, words: () => t('class.live.server.ended') },
  { status: 409, sentence: /^A student of this class is already called (.+): add an initial/s, words: (m) => t('class.live.server.nameTaken', { name: m[1]! }) },
  { status: 429, sentence: /^Too many /, words: () => t('class.live.server.tooMany') },
  { status: 409, sentence: /^Another player leads (\S+) already/, words: (m, name) => t('class.live.server.seatTaken', { power: name(m[1]!) }) },
  { status: 409, sentence: /^Every power of this world has a player already\./, words: () => t('class.live.server.seatsFull') },
  { status: 401, sentence: /^The teacher's key is wrong\./, words: () => t('class.live.server.wrongKey') },
  { status: 401, sentence: /^This needs the class's teacher key\./, words: () => t('class.live.server.wrongKey') },
];

/** The server's refusal (`status`, `sentence`) in the page's language when it is one of the known; else the sentence.
 *  `name` names a power the sentence gives by its id. */
export function serverWords(status: number, sentence: string, name: (id: ActorId) => string = (id) => id): string {
  for (const known of KNOWN) {
    if (known.status !== status) continue;
    const match = sentence.match(known.sentence);
    if (match) return known.words(match, name);
  }
  return sentence;
}

/** A refusal in the room, in the page's language when the server gave its code; else the server's sentence. */
export function refusedWords(r: Refused): string {
  switch (r.code) {
    case 'paused':
      return t('class.live.server.paused');
    case 'ended':
      return t('class.live.server.classEnded');
    case 'fault':
      return t('class.live.server.fault');
    case 'game-over':
      return t('class.live.server.gameOver');
    case 'ahead':
      return r.held === undefined || r.turn === null ? r.message : t('class.live.server.ahead', { held: r.held, next: r.held + 1, turn: r.turn });
    case 'diverged':
      return r.held === undefined ? r.message : t('class.live.server.diverged', { held: r.held });
    default:
      return r.message;
  }
}

/** Why text typed as a join code is not one: its length (a code has six characters), or the characters no code has. */
export function slipWords(slip: { length: number; strangers: string[] }): string {
  if (slip.length !== JOIN_CODE_LENGTH) return t('class.live.codeLength', { count: slip.length });
  return t('class.live.codeStrangers', { chars: slip.strangers.join(' ') });
}
