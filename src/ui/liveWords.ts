// Words shared by the live class's screens: the link that opens a class, and what went wrong.
import { t } from '../i18n/core';
import type { ActorId } from '../engine';
import { NoClassServer, ServerRefusal } from '../live/client';
import { serverWords } from '../live/serverWords';

/** The link that opens the class on this server: the game's own address with `?join=CODE`. */
export const linkWords = (code: string): string => `${location.origin}${location.pathname}?join=${code}`;

/** Whether a page's host name is this computer's own (127.x, localhost, ::1): a link to it reaches no other device. */
export const isLoopback = (hostname: string): boolean => /^(localhost|127(\.\d{1,3}){3}|\[::1\]|::1)$/i.test(hostname) || hostname.toLowerCase().endsWith('.localhost');

/** Why a live class could not be reached: no class server here, the server's own sentence, or the fault. */
export function liveProblem(fault: unknown, who: 'teacher' | 'student', name?: (id: ActorId) => string): string {
  if (fault instanceof NoClassServer) return t('class.live.noServer', { who });
  if (fault instanceof ServerRefusal) return serverWords(fault.status, fault.message, name);
  return t('class.live.failed', { fault: fault instanceof Error ? fault.message : String(fault) });
}

/** Why the line to the class is closed for good: the class deleted, another refusal of the server, or the page left. */
export function closedWords(why: ServerRefusal | undefined, who: 'teacher' | 'student'): string {
  if (!why) return t('class.live.closed');
  if (why.status === 404) return t('class.live.gone', { who });
  return t('class.live.closedWhy', { why: serverWords(why.status, why.message) });
}

/** A shared world's clock in words: the step's time left (m:ss) until `deadline`, or why no clock runs. */
export function clockWords(deadline: number | null, state: 'open' | 'paused' | 'over'): string {
  if (state === 'over') return t('class.live.clock', { clock: 'over', left: '' });
  if (deadline === null) return t('class.live.clock', { clock: state === 'paused' ? 'paused' : 'none', left: '' });
  const seconds = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  return t('class.live.clock', { clock: 'time', left: `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}` });
}
