// The page's side of a live class: the class server's JSON API, fetched from the page's own origin, and its room over
// colyseus.js on the same host. Imported only by the live screens, which are loaded when a live class is opened, so
// the game's first load carries none of it.
import { Client, MatchMakeError, ServerError, type Room } from 'colyseus.js';
import type { ClassReport } from '../classroom';
import { MSG, ROOM_NAME, type ClassCreated, type ClassInfo, type CreateClass, type JoinOptions } from './protocol';

/** Nothing answers the API: the page was opened from a file or a plain static server, not the class server. */
export class NoClassServer extends Error {
  constructor() {
    super('no class server answers on this page’s origin');
  }
}

/** The class server refused a request, with its sentence (English: the server has no page language). */
export class ServerRefusal extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** A request to the page's own origin; a reply that is not the API's JSON means there is no class server. */
async function api(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: 'same-origin' });
  } catch {
    throw new NoClassServer();
  }
  const type = response.headers.get('content-type') ?? '';
  if (response.status === 204) return response;
  if (!response.ok) {
    if (!type.includes('application/json')) throw new NoClassServer();
    const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
    throw new ServerRefusal(typeof body?.error === 'string' ? body.error : `HTTP ${response.status}`, response.status);
  }
  // A static server answers any address with the game's page: that is not the API.
  if (type.includes('text/html')) throw new NoClassServer();
  return response;
}

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;
const withKey = (key: string): HeadersInit => ({ Authorization: `Bearer ${key}` });
const classPath = (code: string) => `/api/classes/${encodeURIComponent(code)}`;

export async function createClass(body: CreateClass): Promise<ClassCreated> {
  return json(await api('/api/classes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
}

export async function classInfo(code: string): Promise<ClassInfo> {
  return json(await api(classPath(code)));
}

export async function classReport(code: string, key: string): Promise<ClassReport> {
  return json(await api(`${classPath(code)}/report`, { headers: withKey(key) }));
}

export async function classCsv(code: string, key: string): Promise<string> {
  return (await api(`${classPath(code)}/report.csv`, { headers: withKey(key) })).text();
}

export async function deleteClass(code: string, key: string): Promise<void> {
  await api(classPath(code), { method: 'DELETE', headers: withKey(key) });
}

/** How the page's line to the class's room stands. */
export type Link = 'connecting' | 'connected' | 'reconnecting' | 'closed';

export interface LiveLink {
  /** Sends when the line is open, and says whether it did: a line closing drops nothing in silence, the caller keeps what it meant to send. */
  send(type: (typeof MSG)[keyof typeof MSG], body?: unknown): boolean;
  /** Joins the room afresh (a student with its token), so that the server says again what it holds. */
  rejoin(): void;
  /** Leave the room for good (the server keeps the student, who can rejoin with the token). */
  leave(): void;
}

export interface LinkHandlers {
  /** Each message the room sends, by name. */
  messages: Partial<Record<(typeof MSG)[keyof typeof MSG], (body: never) => void>>;
  /** How the line stands; `why`, the server's refusal, when it refused to take the page back (the class deleted). */
  link(link: Link, why?: ServerRefusal): void;
  /** The dropped line was taken up again on the same seat: no welcome follows, as a fresh join's does. */
  resumed?(): void;
}

/** The code of a line a room closed on purpose (colyseus's WS_CLOSE_CONSENTED), which no reconnection takes up. */
const CONSENTED = 4000;

/** Waits before trying again after a dropped connection: quickly at first, then every ten seconds. */
const RETRY_MS = [1000, 2000, 4000, 8000, 10_000];

/**
 * Joins the class's room (refused with the server's sentence), and keeps the line up: a dropped connection is taken
 * up again with the room's reconnection token, or, once the room has let the seat go, joined afresh with
 * `rejoin()` (a student's token, a teacher's key). Only a refusal ends it: the room closing the line on purpose is
 * both a deleted class and a server stopped cleanly (it shuts its rooms with the same code), so the page asks again,
 * and a deleted class then says so by refusing.
 */
export async function joinRoom(options: JoinOptions, handlers: LinkHandlers, rejoin: () => JoinOptions = () => options): Promise<LiveLink> {
  const client = new Client(location.origin.replace(/^http/, 'ws'));
  let room: Room | null = null;
  let token = '';
  let left = false;
  let tries = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const attach = (next: Room) => {
    room = next;
    token = next.reconnectionToken;
    for (const [type, handler] of Object.entries(handlers.messages)) next.onMessage(type, handler as (body: unknown) => void);
    next.onLeave((code) => {
      // A room this page has already let go of (left, or swapped for a fresh join) says nothing more.
      if (left || next !== room) return;
      room = null;
      handlers.link('reconnecting');
      // The room closed the line on purpose: it holds no seat to take up again, so the page joins afresh.
      retry(code === CONSENTED);
    });
    tries = 0;
    handlers.link('connected');
  };
  const retry = (fresh: boolean) => {
    clearTimeout(timer);
    timer = setTimeout(() => void again(fresh), RETRY_MS[Math.min(tries++, RETRY_MS.length - 1)]);
  };
  const again = async (fresh: boolean) => {
    if (left) return;
    if (!fresh) {
      try {
        attach(await client.reconnect(token));
        return handlers.resumed?.();
      } catch {
        // The room let the seat go, or is gone (a restarted server): join afresh.
      }
    }
    try {
      attach(await client.joinOrCreate(ROOM_NAME, rejoin()));
    } catch (fault) {
      // A refusal (the class ended or is gone) is final; anything else is the network: try again.
      if (isRefusal(fault)) return handlers.link('closed', refusal(fault));
      retry(fresh);
    }
  };

  handlers.link('connecting');
  try {
    attach(await client.joinOrCreate(ROOM_NAME, options));
  } catch (fault) {
    if (isRefusal(fault)) throw refusal(fault);
    throw new NoClassServer();
  }
  return {
    send: (type, body) => {
      // A socket that is closing throws nothing but logs an error and loses the message: wait for the line instead.
      if (!room?.connection.isOpen) return false;
      room.send(type, body);
      return true;
    },
    rejoin() {
      const old = room;
      room = null;
      if (old?.connection.isOpen) void old.leave(true).catch(() => undefined);
      handlers.link('reconnecting');
      void again(true);
    },
    leave() {
      left = true;
      clearTimeout(timer);
      // A line the server is closing (a class just deleted) is left as it is: leaving would write to a closing socket.
      if (room?.connection.isOpen) void room.leave(true).catch(() => undefined);
      handlers.link('closed');
    },
  };
}

/** A join the server refused with a sentence and a 4xx code (too many attempts, a wrong key, an unknown code, an ended
 *  class, a world's seat taken), from the matchmaker or from a room refusing a join it had admitted; as against a
 *  network that failed, or a server on its way down (no such code): those are tried again. */
const isRefusal = (fault: unknown): fault is MatchMakeError | ServerError =>
  (fault instanceof MatchMakeError || fault instanceof ServerError) && fault.code >= 400 && fault.code < 500;

const refusal = (fault: MatchMakeError | ServerError): ServerRefusal => new ServerRefusal(fault.message, fault.code);
