// The DOM around the map: zoom buttons, the line that names what is selected or pointed at, and the legend.
// Everything the map means is also said here in text, for keyboard and screen-reader players.
import type { MapBus, MapCommand, MapTarget } from '../render/bus';
import { STANDING, TIE, css } from '../render/palette';
import type { MapSnapshot, Standing } from '../render/snapshot';
import { termsWord } from './words';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function describe(snapshot: MapSnapshot | undefined, target: MapTarget): { name: string; detail: string } {
  if (target.type === 'theatre') {
    const t = snapshot?.theatres.find((x) => x.id === target.id);
    if (!t) return { name: target.id, detail: '' };
    const crisis = t.crisis ? ` · ${t.crisis.count > 1 ? `${t.crisis.count} crises` : 'a crisis'} this turn` : '';
    return { name: t.name, detail: `tension ${pct(t.tension)}${crisis}` };
  }
  const a = snapshot?.actors.find((x) => x.id === target.id);
  if (!a) return { name: target.id, detail: '' };
  if (a.standing === 'self') return { name: a.name, detail: 'you' };
  const tie = a.tie === 'none' ? (a.standing === 'rival' ? 'rival, no tie' : 'no tie') : a.terms ? `${a.tie} (${termsWord(a.terms)})` : a.tie;
  return { name: a.name, detail: `${tie} · your posture: ${a.posture} · theirs: ${a.theirPosture} · your trust: ${pct(a.trust ?? 0)}` };
}

function legend(): HTMLElement {
  const list = el('ul', undefined, 'map-legend');
  list.setAttribute('aria-label', 'Map legend');
  const standings: Standing[] = ['self', 'alliance', 'partnership', 'rival', 'none'];
  const hatchWords = { solid: 'solid, outlined', cross: 'cross-hatched', diagonal: 'striped', dots: 'dotted', none: 'plain' } as const;
  for (const s of standings) {
    const style = STANDING[s];
    const item = el('li');
    const swatch = el('span', undefined, `swatch hatch-${style.hatch}`);
    swatch.style.setProperty('--swatch', css(style.colour));
    item.append(swatch, `${style.word === 'you' ? 'you' : style.word} (${hatchWords[style.hatch]})`);
    list.append(item);
  }
  const lines = [['alliance', 'alliance: solid line'], ['partnership', 'partnership: dashed line'], ['none', 'no tie yet, one side reaching out: dotted line']] as const;
  for (const [kind, words] of lines) {
    const item = el('li');
    const swatch = el('span', undefined, `line line-${kind}`);
    swatch.style.setProperty('--swatch', css(TIE[kind].colour));
    item.append(swatch, words);
    list.append(item);
  }
  list.append(el('li', 'thicker line = more trust · triangle = theatre, pulsing yellow = crisis this turn'));
  return list;
}

/** Builds the map panel in `root`; returns the element the map canvas goes into. */
export function mountMapPanel(root: HTMLElement, bus: MapBus): HTMLElement {
  root.replaceChildren();
  const frame = el('div', undefined, 'map-frame');
  // A widget that takes its own keys, so a player without a mouse can pan, zoom and step through what is on it.
  frame.setAttribute('role', 'application');
  frame.tabIndex = 0;
  frame.setAttribute('aria-label', 'Map of Europe and Asia showing every actor, the ties between them and the theatres of crisis. The same facts are listed as text below.');
  frame.setAttribute('aria-describedby', 'map-keys');
  frame.addEventListener('keydown', (event) => {
    const command = keyCommand(event.key);
    if (command === 'next' || command === 'previous') bus.intents.send({ kind: 'select', target: step(command === 'next' ? 1 : -1) });
    else if (command) bus.commands.send(command);
    else return;
    event.preventDefault();
  });
  const keys = el('p', 'Keys on the map: arrows move it, + and − zoom (− as far as the whole of Europe and Asia), 0 goes back to the scenario’s region, N and P step through the capitals and theatres.', 'map-keys hint');
  keys.id = 'map-keys';

  /** What is on the map, in the order N steps through it: the actors, then the theatres. */
  const targets = (): MapTarget[] => {
    const snap = bus.snapshots.latest();
    return snap ? [...snap.actors.map((a) => ({ type: 'actor', id: a.id }) as const), ...snap.theatres.map((t) => ({ type: 'theatre', id: t.id }) as const)] : [];
  };
  let selected: MapTarget | null = null;
  const step = (by: number): MapTarget | null => {
    const all = targets();
    if (all.length === 0) return null;
    const at = selected ? all.findIndex((t) => t.type === selected!.type && t.id === selected!.id) : -1;
    return all[at < 0 ? (by > 0 ? 0 : all.length - 1) : (at + by + all.length) % all.length]!;
  };

  const controls = el('div', undefined, 'map-controls');
  const button = (label: string, text: string, act: () => void) => {
    const b = el('button', text);
    b.type = 'button';
    b.setAttribute('aria-label', label);
    b.addEventListener('click', act);
    controls.append(b);
  };
  button('Zoom in', '+', () => bus.commands.send({ kind: 'zoom', by: 1.5 }));
  button('Zoom out', '−', () => bus.commands.send({ kind: 'zoom', by: 1 / 1.5 }));
  button('Reset view: back to the scenario’s region', 'Reset view', () => bus.commands.send({ kind: 'reset-view' }));

  const status = el('p', 'Loading the map…', 'map-status');
  status.id = 'map-status';
  const selection = el('p', 'Click or tap a capital, a country or a theatre.', 'map-selection');
  selection.id = 'map-selection';
  selection.setAttribute('aria-live', 'polite');

  const show = (target: MapTarget | null, node: HTMLElement, prefix: string) => {
    node.replaceChildren();
    if (!target) return;
    const { name, detail } = describe(bus.snapshots.latest(), target);
    const strong = el('strong', name);
    strong.dataset.target = `${target.type}:${target.id}`;
    node.append(`${prefix}: `, strong, detail ? ` — ${detail}` : '');
  };

  bus.intents.subscribe((intent) => {
    if (intent.kind === 'select') {
      selected = intent.target;
      bus.commands.send({ kind: 'select', target: intent.target });
      if (intent.target) show(intent.target, selection, 'Selected');
      else selection.textContent = 'Nothing selected.';
    } else {
      if (intent.target) show(intent.target, status, 'Pointing at');
      else status.textContent = '';
    }
  });
  bus.status.subscribe((s) => {
    if (s.kind === 'loading') status.textContent = `Loading the map… ${pct(s.progress)}`;
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
    fold.textContent = folded ? 'Show the map' : 'Hide the map';
  };
  fold.addEventListener('click', () => setFolded(!root.hasAttribute('data-folded')));
  setFolded(true);

  const key = el('details', undefined, 'map-key');
  key.append(el('summary', 'Map key'), keys, legend());
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
