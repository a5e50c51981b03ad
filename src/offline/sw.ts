// The service worker that lets the game run offline once it has been loaded: at install it stores every file of the
// build (the list and the version are written in when the game is built, see vite.config.ts), and then it answers
// from that store. Pages are asked of the network first, so a new version is seen at once when online.
// It is built on its own, with no imports: a service worker cannot share the game's modules.

/** Every file of the build, relative to this worker, and a version that changes with them. Filled in at build time. */
declare const PRECACHE: string[];
declare const VERSION: string;

/** The little of the service worker's world this file uses (the DOM's types describe a page, not a worker). */
interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  readonly location: Location;
}
const worker = self as unknown as WorkerScope;

const PREFIX = 'bowstring-';
const CACHE = `${PREFIX}${VERSION}`;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => worker.skipWaiting()),
  );
});

// The files of older versions go once this one is in charge.
worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== worker.location.origin) return;
  if (request.mode === 'navigate') {
    // The page itself: the network's copy when there is one (a class link's query string changes nothing in it).
    event.respondWith(fetch(request).catch(() => caches.match('./', { cacheName: CACHE, ignoreVary: true }).then((page) => page ?? Response.error())));
    return;
  }
  // Everything else has a content hash in its name: the stored copy is the right one. (The server's Vary header
  // would keep a module script, asked for with an Origin header, from matching the copy stored without one.)
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreVary: true }).then((stored) => stored ?? fetch(request)));
});
