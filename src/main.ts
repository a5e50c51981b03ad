// Wires the layers together: the shipped scenarios, the map and its bus, and the panels that play the game.
// The menu comes first: it needs only the scenarios. The map's code (Phaser, in its own chunk) and its atlas are
// large, so they are asked for once the menu is drawn and the browser is idle, into a frame whose size is already
// kept for them (src/ui/loading.css), so nothing on the page moves when the map arrives.
import { startApp } from './ui/app';
import { mountMapPanel } from './ui/mapPanel';
import { shippedScenarios } from './ui/shipped';
import { createMapBus } from './render/bus';
import './ui/loading.css';

/** Run `task` once the page has loaded and the browser has nothing more urgent to do. */
function whenIdle(task: () => void): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 200));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

// Once the built game has loaded, a service worker keeps every file of it, so it plays offline from then on; it
// starts storing them after the page is up, so that storing does not compete with the first screen.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  whenIdle(() => navigator.serviceWorker.register('./sw.js').catch((fault: unknown) => console.warn(`The game cannot be kept for offline play: ${String(fault)}`)));
}

const root = document.getElementById('app')!;
const params = new URLSearchParams(location.search);
const bus = createMapBus();
const frame = mountMapPanel(document.getElementById('map')!, bus);

function startMapWhenIdle(): void {
  frame.classList.add('map-waiting');
  whenIdle(() =>
    void import('./render')
      // The frame takes its plain layout before Phaser measures it to fit the canvas.
      .finally(() => frame.classList.remove('map-waiting'))
      .then(({ startMap }) =>
        startMap(frame, bus, {
          renderer: params.get('renderer') === 'webgl' ? 'webgl' : 'canvas',
          motion: !matchMedia('(prefers-reduced-motion: reduce)').matches,
        }),
      )
      .catch((fault: unknown) => bus.status.send({ kind: 'error', message: `The map could not be loaded (${fault instanceof Error ? fault.message : String(fault)}).` })),
  );
}

void shippedScenarios().then(({ scenarios, problems }) => {
  startMapWhenIdle();
  if (scenarios.length === 0) {
    root.textContent = `No scenario could be loaded. ${problems.join(' ')}`;
    return;
  }
  if (problems.length > 0) console.error(`Some scenarios were left out: ${problems.join(' ')}`);
  startApp(root, { scenarios, bus, params });
});
