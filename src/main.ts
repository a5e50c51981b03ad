// Wires the layers together: the shipped scenarios, the map and its bus, and the panels that play the game.
import { startApp } from './ui/app';
import { mountMapPanel } from './ui/mapPanel';
import { shippedScenarios } from './ui/shipped';
import { createMapBus } from './render/bus';
import atlasUrl from 'world-atlas/countries-50m.json?url';

// The map's code (Phaser, in its own chunk) and its atlas start downloading now, while the scenarios are read;
// the preload hint lets the map's loader pick the atlas up from the browser's cache instead of asking again.
const map = import('./render');
const hint = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: atlasUrl, crossOrigin: 'anonymous' });
document.head.append(hint);

// Once the built game has loaded, a service worker keeps every file of it, so it plays offline from then on.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch((fault: unknown) => console.warn(`The game cannot be kept for offline play: ${String(fault)}`));
}

const root = document.getElementById('app')!;
const params = new URLSearchParams(location.search);
const bus = createMapBus();
const frame = mountMapPanel(document.getElementById('map')!, bus);
void map.then(({ startMap }) =>
  startMap(frame, bus, {
    renderer: params.get('renderer') === 'webgl' ? 'webgl' : 'canvas',
    motion: !matchMedia('(prefers-reduced-motion: reduce)').matches,
  }),
);

void shippedScenarios().then(({ scenarios, problems }) => {
  if (scenarios.length === 0) {
    root.textContent = `No scenario could be loaded. ${problems.join(' ')}`;
    return;
  }
  if (problems.length > 0) console.error(`Some scenarios were left out: ${problems.join(' ')}`);
  startApp(root, { scenarios, bus, params });
});
