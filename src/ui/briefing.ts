// The first screen: the default scenario's briefing for turn 1. All scenario text is inserted as text, never as HTML.
import { gauges, stateHash, tieOf, type GameState } from '../engine';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function renderBriefing(root: HTMLElement, state: GameState, side: string): void {
  const { scenario } = state;
  const actorName = (id: string) => scenario.actors.find((a) => a.id === id)?.name ?? id;
  root.replaceChildren();
  root.append(el('h1', scenario.title));
  root.append(el('p', scenario.summary, 'summary'));
  root.append(el('p', `You lead ${actorName(side)} · turn ${state.turn} of ${scenario.turns} · ${scenario.startYear}–${scenario.endYear}`, 'meta'));

  const crises = el('section');
  crises.setAttribute('aria-labelledby', 'crises-title');
  const h2 = el('h2', 'This turn');
  h2.id = 'crises-title';
  crises.append(h2);
  const list = el('ul');
  for (const c of state.agenda.crises) {
    const event = scenario.events.find((e) => e.id === c.event);
    const theatre = scenario.theatres.find((t) => t.id === c.theatre)?.name ?? c.theatre;
    const title = event?.title ?? `${actorName(c.initiator)} presses ${actorName(c.target)} over ${theatre}`;
    const item = el('li', title);
    const asked = c.calls.filter((call) => call.callee === side).map((call) => `${actorName(call.caller)} calls on you`);
    if (asked.length > 0) item.append(el('span', ` — ${asked.join(', ')}`));
    list.append(item);
  }
  for (const ch of state.agenda.choices) {
    const event = scenario.events.find((e) => e.id === ch.event)!;
    list.append(el('li', `${event.title} — ${actorName(ch.decider)} decides`));
  }
  if (list.children.length === 0) list.append(el('li', 'A quiet turn.'));
  crises.append(list);
  root.append(crises);

  const ties = el('section');
  ties.append(el('h2', 'Your relationships'));
  const tl = el('ul');
  for (const other of scenario.actors) {
    if (other.id === side) continue;
    const tie = tieOf(state, side, other.id);
    if (tie === 'none' && state.postures[side]![other.id] === 'hedge') continue;
    const g = gauges(state, side, other.id);
    tl.append(el('li', `${other.name}: ${tie} · trust ${(state.trust[side]![other.id]! * 100).toFixed(0)}% · abandonment risk ${(g.abandonment * 100).toFixed(0)}% · entrapment risk ${(g.entrapment * 100).toFixed(0)}%`));
  }
  ties.append(tl);
  root.append(ties);

  const footer = el('p', `World seed ${state.seed} · state ${stateHash(state)}`, 'meta');
  footer.dataset.stateHash = stateHash(state);
  footer.id = 'state-hash';
  root.append(footer);
}
