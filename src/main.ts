// Wires the layers together: the shipped scenarios, the map and its bus, and the panels that play the game.
import { startApp } from './ui/app';
import { mountMapPanel } from './ui/mapPanel';
import { shippedScenarios } from './ui/shipped';
import { createMapBus } from './render/bus';

// The map's code (Phaser, in its own chunk) starts downloading now, while the scenarios are read; its small map data
// follows when the map starts.
const map = import('./render');

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
