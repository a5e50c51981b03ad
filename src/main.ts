// Wires the layers together: the shipped scenarios, the map and its bus, and the panels that play the game.
// The menu comes first: it needs only the scenarios. The map's code (Phaser, in its own chunk) and its atlas are
// large, so they are asked for once the menu is drawn and the browser is idle, into a frame whose size is already
// kept for them (src/ui/loading.css), so nothing on the page moves when the map arrives. On a phone the map is
// folded away until the player opens it, and its code waits until then. The page speaks the language of its link
// (?lang=), or the one the player chose before, or the browser's; English is in the main bundle, and Russian or
// Chinese is one chunk fetched beside the scenarios.
import { lang, onLangChange, setPseudo, t } from './i18n/core';
import { LOCALE, langOf, pickLang } from './i18n/langs';
import { setLang } from './i18n';
import { LANG_KEY, startApp } from './ui/app';
import { mountMapPanel } from './ui/mapPanel';
import { pageWords } from './ui/shell';
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
// ?pseudo=1: every text about 40% longer, to see that a longer language fits (tests/browser/pseudo.test.ts).
if (params.get('pseudo') === '1') setPseudo(true);
const language = pickLang({ query: params.get('lang'), stored: remembered(), preferred: navigator.languages });
if (params.has('lang')) {
  // A link's language is the player's choice from now on; it leaves the address, so a later choice is not overruled.
  if (langOf(params.get('lang') ?? '')) remember(language);
  params.delete('lang');
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}
const scenariosLoaded = shippedScenarios(language);
const bus = createMapBus();
const mapPanel = document.getElementById('map')!;
let frame!: HTMLElement;

function remembered(): string | null {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

function remember(lang: string): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not remembered: this page still speaks it.
  }
}

function loadMap(): void {
  void import('./render')
    // The frame takes its plain layout before Phaser measures it to fit the canvas.
    .finally(() => frame.classList.remove('map-waiting'))
    .then(({ startMap }) =>
      startMap(frame, bus, {
        renderer: params.get('renderer') === 'webgl' ? 'webgl' : 'canvas',
        motion: !matchMedia('(prefers-reduced-motion: reduce)').matches,
      }),
    )
    .catch((fault: unknown) => bus.status.send({ kind: 'error', message: t('shell.main.mapFailed', { fault: fault instanceof Error ? fault.message : String(fault) }) }));
}

/** Whether the map is on the screen: always on a wide one, where its fold button is not shown; on a phone, once
 *  the player has opened it (src/ui/mapPanel.ts folds it, src/ui/style.css decides where). */
function mapInSight(): boolean {
  const fold = mapPanel.querySelector('.map-fold');
  return !mapPanel.hasAttribute('data-folded') || !fold || getComputedStyle(fold).display === 'none';
}

/** The map starts at idle if it is in sight; otherwise as soon as the player opens it or the screen widens. */
function startMapWhenInSight(): void {
  frame.classList.add('map-waiting');
  if (mapInSight()) return whenIdle(loadMap);
  const check = () => {
    if (!mapInSight()) return;
    unfolded.disconnect();
    removeEventListener('resize', check);
    loadMap();
  };
  const unfolded = new MutationObserver(check);
  unfolded.observe(mapPanel, { attributes: true, attributeFilter: ['data-folded'] });
  addEventListener('resize', check);
}

async function start(): Promise<void> {
  try {
    await setLang(language);
  } catch (fault) {
    console.error(`The page stays in English: ${String(fault)}`);
  }
  document.documentElement.lang = LOCALE[lang()];
  pageWords();
  onLangChange(pageWords);
  frame = mountMapPanel(mapPanel, bus);
  const { scenarios, problems } = await scenariosLoaded;
  startMapWhenInSight();
  if (scenarios.length === 0) {
    root.textContent = `${t('shell.main.noScenario')} ${problems.join(' ')}`;
    return;
  }
  if (problems.length > 0) console.error(`Some scenarios were left out: ${problems.join(' ')}`);
  startApp(root, { scenarios, bus, params });
}

void start();
