// Wires the layers together: load the default scenario, start a game, show its first briefing and its map.
import { newGame } from './engine';
import { loadScenario } from './scenarios/loader';
import { renderBriefing } from './ui/briefing';
import { mountMapPanel } from './ui/mapPanel';
import { createMapBus } from './render/bus';
import { mapSnapshot } from './render/snapshot';
import defaultScenario from '../scenarios/alliance-question-2020.json?raw';
import atlasUrl from 'world-atlas/countries-50m.json?url';

// The map's code (Phaser, in its own chunk) and its atlas start downloading now, while the scenario is read;
// the preload hint lets the map's loader pick the atlas up from the browser's cache instead of asking again.
const map = import('./render');
const hint = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: atlasUrl, crossOrigin: 'anonymous' });
document.head.append(hint);

const root = document.getElementById('app')!;
const params = new URLSearchParams(location.search);
const report = loadScenario(defaultScenario, 'alliance-question-2020.json');
if (!report.ok) {
  root.textContent = `The built-in scenario could not be loaded: ${report.errors.map((e) => e.message).join('; ')}`;
} else {
  const side = params.get('side') === 'CHN' ? 'CHN' : 'RUS';
  const state = newGame(report.value, params.get('seed') ?? 'class');
  renderBriefing(root, state, side);

  const bus = createMapBus();
  const frame = mountMapPanel(document.getElementById('map')!, bus);
  bus.snapshots.send(mapSnapshot(state, side));
  void map.then(({ startMap }) =>
    startMap(frame, bus, {
      renderer: params.get('renderer') === 'webgl' ? 'webgl' : 'canvas',
      motion: !matchMedia('(prefers-reduced-motion: reduce)').matches,
    }),
  );
}
