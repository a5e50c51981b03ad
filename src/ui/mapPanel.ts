// The DOM around the map: zoom buttons, the line that names what is selected or pointed at, and the legend.
// Everything the map means is also said here in text, for keyboard and screen-reader players.
import type { MapBus, MapCommand, MapTarget } from '../render/bus';
import { STANDING, TIE, css } from '../render/palette';
import type { MapSnapshot, Standing } from '../render/snapshot';
import { onLangChange, t } from '../i18n/core';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const pct = (x: number) => t('shell.mapPanel.percent', { share: x });

function describe(snapshot: MapSnapshot | undefined, target: MapTarget): { name: string; detail: string } {
  if (target.type === 'theatre') {
    const theatre = snapshot?.theatres.find((x) => x.id === target.id);
    if (!theatre) return { name: target.id, detail: '' };
    return { name: theatre.name, detail: t('shell.mapPanel.theatre', { tension: pct(theatre.tension), crises: theatre.crisis?.count ?? 0 }) };
  }
  const a = snapshot?.actors.find((x) => x.id === target.id);
  if (!a) return { name: target.id, detail: '' };
  // "you", or, where two players share the screen, whose ties the map shows (the snapshot's word).
  if (a.standing === 'self') return { name: a.name, detail: a.detail };
  const tie =
    a.tie === 'none'
      ? t('shell.mapPanel.noTie', { rival: a.standing === 'rival' ? 'yes' : 'no' })
      : t('shell.mapPanel.tie', { tie: a.tie, terms: a.terms ?? 'none' });
  return { name: a.name, detail: t('shell.mapPanel.actor', { tie, posture: a.posture ?? 'hedge', theirs: a.theirPosture ?? 'hedge', trust: pct(a.trust ?? 0) }) };
}

function legend(): HTMLElement {
  const list = el('ul', undefined, 'map-legend');
  list.setAttribute('aria-label', t('shell.mapPanel.legend'));
  const standings: Standing[] = ['self', 'alliance', 'partnership', 'rival', 'none'];
  for (const s of standings) {
    const style = STANDING[s];
    const item = el('li');
    const swatch = el('span', undefined, `swatch hatch-${style.hatch}`);
    swatch.style.setProperty('--swatch', css(style.colour));
    item.append(swatch, t('shell.mapPanel.standing', { standing: s, hatch: style.hatch }));
    list.append(item);
  }
  for (const kind of ['alliance', 'partnership', 'none'] as const) {
    const item = el('li');
    const swatch = el('span', undefined, `line line-${kind}`);
    swatch.style.setProperty('--swatch', css(TIE[kind].colour));
    item.append(swatch, t('shell.mapPanel.line', { kind }));
    list.append(item);
  }
  list.append(el('li', t('shell.mapPanel.legendMore')));
  return list;
}

/** Builds the map panel in `root`; returns the element the map canvas goes into. */
export function mountMapPanel(root: HTMLElement, bus: MapBus): HTMLElement {
  root.replaceChildren();
  const frame = el('div', undefined, 'map-frame');
  // A widget that takes its own keys, so a player without a mouse can pan, zoom and step through what is on it.
  frame.setAttribute('role', 'application');
  frame.tabIndex = 0;
  frame.setAttribute('aria-describedby', 'map-keys');
  frame.addEventListener('keydown', (event) => {
    const command = keyCommand(event.key);
    if (command === 'next' || command === 'previous') bus.intents.send({ kind: 'select', target: step(command === 'next' ? 1 : -1) });
    else if (command) bus.commands.send(command);
    else return;
    event.preventDefault();
  });
  const keys = el('p', undefined, 'map-keys hint');
  keys.id = 'map-keys';

  /** What is on the map, in the order N steps through it: the actors, then the theatres. */
  const targets = (): MapTarget[] => {
    const snap = bus.snapshots.latest();
    return snap ? [...snap.actors.map((a) => ({ type: 'actor', id: a.id }) as const), ...snap.theatres.map((th) => ({ type: 'theatre', id: th.id }) as const)] : [];
  };
  let selected: MapTarget | null = null;
  const step = (by: number): MapTarget | null => {
    const all = targets();
    if (all.length === 0) return null;
    const at = selected ? all.findIndex((x) => x.type === selected!.type && x.id === selected!.id) : -1;
    return all[at < 0 ? (by > 0 ? 0 : all.length - 1) : (at + by + all.length) % all.length]!;
  };

  const controls = el('div', undefined, 'map-controls');
  const button = (act: () => void) => {
    const b = el('button');
    b.type = 'button';
    b.addEventListener('click', act);
    controls.append(b);
    return b;
  };
  const zoomIn = button(() => bus.commands.send({ kind: 'zoom', by: 1.5 }));
  const zoomOut = button(() => bus.commands.send({ kind: 'zoom', by: 1 / 1.5 }));
  const reset = button(() => bus.commands.send({ kind: 'reset-view' }));
  zoomIn.textContent = '+';
  zoomOut.textContent = '−';

  const status = el('p', t('shell.mapPanel.loading'), 'map-status');
  status.id = 'map-status';
  const selection = el('p', t('shell.mapPanel.hint'), 'map-selection');
  selection.id = 'map-selection';
  selection.setAttribute('aria-live', 'polite');

  /** "Selected: Türkiye — alliance …": the name stays its own element (tests and styles find it by its target). */
  const show = (target: MapTarget | null, node: HTMLElement, prefix: 'selected' | 'pointing') => {
    node.replaceChildren();
    if (!target) return;
    const { name, detail } = describe(bus.snapshots.latest(), target);
    const strong = el('strong', name);
    strong.dataset.target = `${target.type}:${target.id}`;
    const line = detail ? t('shell.mapPanel.target', { prefix, name: '\u0000', detail }) : t('shell.mapPanel.targetName', { prefix, name: '\u0000' });
    const [before, after] = line.split('\u0000');
    node.append(before ?? '', strong, after ?? '');
  };

  bus.intents.subscribe((intent) => {
    if (intent.kind === 'select') {
      selected = intent.target;
      bus.commands.send({ kind: 'select', target: intent.target });
      if (intent.target) show(intent.target, selection, 'selected');
      else selection.textContent = t('shell.mapPanel.nothing');
    } else {
      if (intent.target) show(intent.target, status, 'pointing');
      else status.textContent = '';
    }
  });
  bus.status.subscribe((s) => {
    if (s.kind === 'loading') status.textContent = t('shell.mapPanel.loadingShare', { share: pct(s.progress) });
    else if (s.kind === 'error') status.textContent = s.message;
    else status.textContent = '';
    frame.dataset.status = s.kind;
  });

  // On a phone the map folds away under a button, so the decisions keep the screen; wide screens always show it.
  const view = el('div', undefined, 'map-view');
  view.id = 'map-view';
  const fold = el('button', undefined, 'map-fold');
  fold.type = 'button';
  fold.id = 'map-fold';
  fold.setAttribute('aria-controls', view.id);
  const setFolded = (folded: boolean) => {
    root.toggleAttribute('data-folded', folded);
    fold.setAttribute('aria-expanded', String(!folded));
    fold.textContent = t(folded ? 'shell.mapPanel.show' : 'shell.mapPanel.hide');
  };
  fold.addEventListener('click', () => setFolded(!root.hasAttribute('data-folded')));
  setFolded(true);

  const key = el('details', undefined, 'map-key');
  const summary = el('summary');
  key.append(summary, keys, legend());

  /** Every word the panel shows, in the page's language: set now, and again when the language changes. */
  const words = () => {
    frame.setAttribute('aria-label', t('shell.mapPanel.label'));
    // Shown by src/ui/loading.css while the map's code is on its way.
    frame.dataset.waiting = t('shell.mapPanel.waiting');
    keys.textContent = t('shell.mapPanel.keys');
    zoomIn.setAttribute('aria-label', t('shell.mapPanel.zoomIn'));
    zoomOut.setAttribute('aria-label', t('shell.mapPanel.zoomOut'));
    reset.setAttribute('aria-label', t('shell.mapPanel.resetLabel'));
    reset.textContent = t('shell.mapPanel.reset');
    summary.textContent = t('shell.mapPanel.key');
    key.querySelector('.map-legend')?.replaceWith(legend());
    setFolded(root.hasAttribute('data-folded'));
    if (selected) show(selected, selection, 'selected');
    else if (!selection.querySelector('strong')) selection.textContent = t('shell.mapPanel.hint');
    if (frame.dataset.status === undefined) status.textContent = t('shell.mapPanel.loading');
  };
  words();
  onLangChange(words);
  view.append(frame, el('div', undefined, 'map-bar'), key);
  view.querySelector('.map-bar')!.append(controls, selection, status);
  root.append(fold, view);
  return frame;
}

/** The map's keys: arrows pan by a fifth of the view, + and − zoom, 0 goes back to the scenario's region, N and P step
 *  through the targets. */
function keyCommand(key: string): MapCommand | 'next' | 'previous' | null {
  switch (key) {
    case 'ArrowLeft':
      return { kind: 'pan', x: -0.2, y: 0 };
    case 'ArrowRight':
      return { kind: 'pan', x: 0.2, y: 0 };
    case 'ArrowUp':
      return { kind: 'pan', x: 0, y: -0.2 };
    case 'ArrowDown':
      return { kind: 'pan', x: 0, y: 0.2 };
    case '+':
    case '=':
      return { kind: 'zoom', by: 1.5 };
    case '-':
    case '_':
      return { kind: 'zoom', by: 1 / 1.5 };
    case '0':
      return { kind: 'reset-view' };
    case 'n':
    case 'N':
      return 'next';
    case 'p':
    case 'P':
      return 'previous';
    default:
      return null;
  }
}
