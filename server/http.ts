// The class server's HTTP side on the game's own origin: the built game's files, and the JSON API of classes.
// Every refusal is a 4xx with a sentence in `{ error }`; nothing outside the game's folder is ever served.
import { timingSafeEqual } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { toCsv } from '../src/classroom/classReport';
import { normaliseJoinCode } from '../src/live/joinCode';
import { classInfo, type Classes } from './classes';
import type { Limiter } from './limits';
import { secretHash, type ClassRow, type ClassStore } from './store';

/** Largest request body: a custom scenario (at most 1,000,000 characters) in UTF-8, escaped in JSON. */
export const MAX_BODY_BYTES = 4_000_000;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface HttpDeps {
  classes: Classes;
  store: ClassStore;
  /** The built game (`vite build`'s dist/). */
  distDir: string;
  lookups: Limiter;
  /** Told when a class is deleted, so that its live room closes. */
  onDeleted(code: string): void;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function httpHandler(deps: HttpDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(deps, req, res).catch((fault: unknown) => {
      if (fault instanceof HttpError) return json(res, fault.status, { error: fault.message });
      console.error('Class server fault:', fault instanceof Error ? fault.message : fault);
      json(res, 500, { error: 'The class server met a fault; try again.' });
    });
  };
}

async function handle(deps: HttpDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === '/api' || path.startsWith('/api/')) return api(deps, path, req, res);
  return serveFile(deps.distDir, path, req, res);
}

async function api(deps: HttpDeps, path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (path === '/api/classes') {
    if (req.method !== 'POST') throw new HttpError(405, 'Classes are made with POST.');
    // Making classes counts with look-ups: an address cannot fill the database with classes.
    if (!deps.lookups.take(remote(req))) throw new HttpError(429, 'Too many requests from this address; wait a minute.');
    const made = await deps.classes.create(await readJson(req));
    if (!made.ok) throw new HttpError(400, made.message);
    return json(res, 201, made.value);
  }
  const route = /^\/api\/classes\/([^/]+)(\/report(\.csv)?)?$/.exec(path);
  if (!route) throw new HttpError(404, 'There is no such address in the class server.');
  const [, rawCode, report, csv] = route;
  const code = normaliseJoinCode(decodeURIComponent(rawCode!));
  const find = async (): Promise<ClassRow> => {
    const row = code ? await deps.store.classByCode(code) : null;
    if (!row) throw new HttpError(404, 'No class has this code.');
    return row;
  };

  if (!report && req.method === 'GET') {
    if (!deps.lookups.take(remote(req))) throw new HttpError(429, 'Too many class look-ups from this address; wait a minute.');
    return json(res, 200, classInfo(await find()));
  }
  if (report && req.method === 'GET') {
    const row = await find();
    teacherOnly(req, row);
    const scenario = deps.classes.scenarioOf(row);
    if (!scenario) throw new HttpError(409, "This class's scenario is no longer the one it was made with.");
    const summary = await deps.classes.report(row, scenario);
    if (!csv) return json(res, 200, summary);
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="class-${row.code}.csv"`, 'cache-control': 'no-store' });
    res.end(toCsv(summary));
    return;
  }
  if (!report && req.method === 'DELETE') {
    const row = await find();
    teacherOnly(req, row);
    await deps.store.deleteClass(row.code);
    deps.onDeleted(row.code);
    res.writeHead(204).end();
    return;
  }
  throw new HttpError(405, 'A class is looked up with GET and deleted with DELETE; its report is read with GET.');
}

/** The teacher's key, from `Authorization: Bearer <key>`, compared with the stored hash in constant time. */
function teacherOnly(req: IncomingMessage, row: ClassRow): void {
  const key = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (!key || !sameSecret(key, row.teacherKeyHash)) throw new HttpError(401, "This needs the class's teacher key.");
}

export function sameSecret(secret: string, storedHash: string): boolean {
  const a = Buffer.from(secretHash(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The address a request came from, as the socket sees it (a header could be written by anyone). */
export const remote = (req: IncomingMessage): string => req.socket.remoteAddress ?? 'unknown';

async function readJson(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) throw new HttpError(415, 'Send the class as JSON (Content-Type: application/json).');
  const tooLarge = () => new HttpError(413, `The request is larger than ${MAX_BODY_BYTES} bytes.`);
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'The request is not JSON.');
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void res.end();
  // A body refused unread: the connection is closed after the answer rather than read to its end.
  const close = status === 413 ? { connection: 'close' } : {};
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...close });
  res.end(JSON.stringify(body));
}

/** A file of the built game: only files under `distDir`, never a folder's listing. */
function serveFile(distDir: string, path: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'The game’s files are read with GET.');
  let name: string;
  try {
    name = decodeURIComponent(path === '/' ? '/index.html' : path);
  } catch {
    throw new HttpError(400, 'The address is not well formed.');
  }
  const root = resolve(distDir);
  const file = resolve(root, `.${name}`);
  if (name.includes('\0') || !file.startsWith(root + sep)) throw new HttpError(404, 'There is no such file.');
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new HttpError(404, 'There is no such file.');
    size = stat.size;
  } catch (fault) {
    if (fault instanceof HttpError) throw fault;
    throw new HttpError(404, name === '/index.html' ? 'The game is not built: run npm run build.' : 'There is no such file.');
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': size,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}
