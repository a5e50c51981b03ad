// Model-based tests of the turn flow: xstate/graph walks the flow on a small two-turn world and every path it finds is
// played on a real running flow, checking at each step what must hold in that phase. The walk tells states apart by
// phase, turn, players, seat and who has decided, and each state is also told apart by the transition that reached it,
// so the shortest paths take every transition at least once; a coverage check confirms it against the machine's own
// list of transitions and states.
import { describe, expect, it } from 'vitest';
import { createActor, transition, type Actor, type AnyTransitionDefinition } from 'xstate';
import { createTestModel, getStateNodes } from 'xstate/graph';
import {
  applyDecisions,
  canonicalJson,
  checkDecisions,
  hashString,
  newGame,
  stateHash,
  type Decisions,
  type GameState,
  type Scenario,
} from '../../src/engine';
import { createFlow, phaseOf, visibleDecisions, viewOf, personaOthers, type DecideOthers, type Flow, type FlowEvent, type FlowSnapshot } from '../../src/machine';
import { makeSave, readSave, replay, writeSave, type SaveSlots } from '../../src/persistence';
import { CLOCK, smallWorld } from './support';
import { decisionErrorText } from '../../src/i18n/engineWords';

const world = smallWorld();

/** stateHash of every game position seen, by the decisions that led to it: what a rewind must find again. */
const seen = new Map<string, string>();
let rewindsChecked = 0;
const positionKey = (scenario: Scenario, seed: string, decisions: readonly Decisions[]) => `${scenario.hash}|${seed}|${canonicalJson(decisions)}`;

/** stateHash of a game and its position's key, each worked out once per game: a game is never changed, and the walk
 *  meets the same ones often. */
const hashes = new WeakMap<GameState, string>();
function hashOf(game: GameState): string {
  if (!hashes.has(game)) hashes.set(game, stateHash(game));
  return hashes.get(game)!;
}
const keys = new WeakMap<GameState, string>();
function keyOf(game: GameState): string {
  if (!keys.has(game)) keys.set(game, positionKey(game.scenario, game.seed, game.log.map((r) => r.decisions)));
  return keys.get(game)!;
}
function remember(game: GameState): void {
  const key = keyOf(game);
  const hash = hashOf(game);
  const before = seen.get(key);
  if (before !== undefined && before !== hash) throw new Error(`the same decisions led to two different games (${before}, ${hash})`);
  seen.set(key, hash);
}

/** Saves to load: a game one turn in, a finished game, and a damaged file; each position they pass through is remembered. */
function fixtureSave(turns: number): string {
  let game = newGame(world, 'fixture');
  remember(game);
  for (let t = 0; t < turns; t++) {
    game = (applyDecisions(game, personaOthers(game, [])) as { ok: true; value: GameState }).value;
    remember(game);
  }
  return writeSave(makeSave(game, ['A'], CLOCK()));
}
const LIVE = fixtureSave(1);
/** A shared world's game as the class server's log rebuilds it: at its start, and over. */
const WORLD_START = newGame(world, 'world');
const WORLD_OVER = (() => {
  let game = WORLD_START;
  while (!game.ending) game = (applyDecisions(game, personaOthers(game, [])) as { ok: true; value: GameState }).value;
  return game;
})();
const worldGames: FlowEvent[] = [WORLD_START, WORLD_OVER].map((game) => ({ type: 'WORLD', game, players: ['A'] }));
const OVER = fixtureSave(2);
const DAMAGED = OVER.slice(0, OVER.length / 2);
const SLOTS: SaveSlots = { latest: OVER, previous: null };

// ---------------------------------------------------------------- the abstraction the walk works on

const slotKinds = new Map<string, string>();
function slotKind(text: string | null): string {
  if (text === null) return 'none';
  if (!slotKinds.has(text)) {
    const read = readSave(text, [world]);
    slotKinds.set(text, !read.ok ? 'bad' : read.value.game.ending ? 'over' : 'live');
  }
  return slotKinds.get(text)!;
}

function stateKey(snapshot: FlowSnapshot): string {
  const { context } = snapshot;
  const phase = phaseOf(snapshot);
  if (phase === 'menu') return `menu|${slotKind(context.saves.latest)}|${slotKind(context.saves.previous)}`;
  const game = context.game!;
  return [phase, game.turn, game.ending ? 'over' : 'on', context.players.join('+'), context.seat, Object.keys(context.pending).sort().join('+'), context.remote ? 'remote' : 'here'].join('|');
}

const eventKey = (event: { type: string }) =>
  JSON.stringify(event, (k, v: unknown) => (k === 'text' && typeof v === 'string' ? hashString(v) : k === 'game' && v ? hashOf(v as GameState) : v));

/** Each state is told apart by the transition that reached it, so reaching every state takes every transition. */
const serializeState = (snapshot: FlowSnapshot, event: { type: string } | undefined, previous?: FlowSnapshot) =>
  event && previous ? `${stateKey(snapshot)} via ${eventKey(event)} from ${stateKey(previous)}` : stateKey(snapshot);

/** Explore each abstract state once; its other arrivals are leaves (they still count as reached). */
function exploreOnce() {
  const explored = new Set<string>();
  return (snapshot: FlowSnapshot) => {
    const key = stateKey(snapshot);
    if (explored.has(key)) return true;
    explored.add(key);
    return false;
  };
}

/** The requests that can be made in a state: good and bad ones of every kind. The model keeps those the state handles. */
function requests(snapshot: FlowSnapshot): FlowEvent[] {
  const { context } = snapshot;
  const loads: FlowEvent[] = [LIVE, OVER, DAMAGED].map((text) => ({ type: 'LOAD', text }));
  if (phaseOf(snapshot) === 'menu') {
    return [
      { type: 'START', scenario: world.id, seed: 'model', players: ['A'] },
      { type: 'START', scenario: world.id, seed: 'model', players: ['A', 'B'] },
      { type: 'START', scenario: world.id, seed: 'model', players: ['C'] },
      // A side of a shared world, whose turns the class server resolves.
      { type: 'START', scenario: world.id, seed: 'model', players: ['A'], remote: true },
      ...worldGames,
      ...loads,
      { type: 'RESUME', slot: 'latest' },
      { type: 'RESUME', slot: 'previous' },
    ];
  }
  const game = context.game!;
  const seat = context.players[context.seat]!;
  const other = seat === 'A' ? 'B' : 'A';
  const crisisOf = (side: string) => game.agenda.crises.find((c) => c.initiator === side || c.target === side)?.id ?? 'none';
  return [
    { type: 'CONTINUE' },
    { type: 'POSTURE', side: seat, toward: 'C', posture: 'hedge' },
    { type: 'POSTURE', side: seat, toward: seat, posture: 'ally' },
    { type: 'POSTURE', side: other, toward: 'C', posture: 'hedge' },
    { type: 'ANSWER', side: seat, call: `1.c2:${seat}`, level: 2 },
    { type: 'ANSWER', side: seat, call: '1.c2:A', level: 7 as 2 },
    { type: 'CHOOSE', side: seat, choice: game.agenda.choices.find((c) => c.decider === seat)?.id ?? 'none', option: 'arm' },
    { type: 'CHOOSE', side: seat, choice: 'none', option: 'arm' },
    { type: 'CALL', side: seat, crisis: crisisOf(seat), callees: [] },
    { type: 'CALL', side: seat, crisis: crisisOf(seat), callees: ['C'] },
    { type: 'STANCE', side: seat, crisis: crisisOf(seat), stance: 'yield' },
    { type: 'STANCE', side: seat, crisis: 'none', stance: 'press' },
    { type: 'CHALLENGE', side: seat, challenge: { theatre: 'north', target: 'C' } },
    { type: 'CHALLENGE', side: seat, challenge: { theatre: 'east', target: 'C' } },
    { type: 'CLEAR', side: seat },
    { type: 'CLEAR', side: other },
    { type: 'SUBMIT', side: other },
    { type: 'SUBMIT', side: seat },
    { type: 'REWIND', turn: 1 },
    { type: 'REWIND', turn: game.turn },
    { type: 'REWIND', turn: game.turn + 1 },
    ...loads,
    { type: 'DEBRIEF' },
    { type: 'PLAY_ON' },
    { type: 'QUIT' },
    ...serverWords(snapshot),
    ...worldGames,
  ];
}

/** What the class server of a shared world may say during a turn: the other people's calls, the answers to this side's
 *  calls, the whole turn as it resolved it (here, the computer deciding for everyone), one that the engine refuses,
 *  and a word about another turn. */
function serverWords(snapshot: FlowSnapshot): FlowEvent[] {
  const game = snapshot.context.game!;
  const all = personaOthers(game, []);
  const answers = Object.fromEntries(Object.entries(all).flatMap(([actor, d]) => (d.answers ? [[actor, { answers: d.answers }]] : [])));
  return [
    { type: 'CALLS', turn: game.turn, calls: {} },
    { type: 'CALLS', turn: game.turn + 1, calls: {} },
    { type: 'OTHERS', turn: game.turn, decisions: answers, final: false },
    { type: 'OTHERS', turn: game.turn, decisions: all, final: true },
    { type: 'OTHERS', turn: game.turn, decisions: { C: { postures: { C: 'ally' } } }, final: true },
    { type: 'OTHERS', turn: game.turn - 1, decisions: all, final: true },
  ];
}

// ---------------------------------------------------------------- what must hold

/** Requests that decide something; none may change anything outside the decisions phase. */
function decidingRequests(snapshot: FlowSnapshot): FlowEvent[] {
  return ['A', 'B', 'C'].flatMap((side): FlowEvent[] => [
    { type: 'POSTURE', side, toward: 'C', posture: 'hedge' },
    { type: 'ANSWER', side, call: `1.c2:${side}`, level: 2 },
    { type: 'CHOOSE', side, choice: snapshot.context.game?.agenda.choices[0]?.id ?? '1.e1', option: 'arm' },
    { type: 'CLEAR', side },
    { type: 'SUBMIT', side },
  ]);
}

/** The stateHash of the game its seed and decision log replay to, by the log: each log is replayed once. */
const replays = new Map<string, string | false>();
function replayedHash(game: GameState): string | false {
  const key = keyOf(game);
  if (!replays.has(key)) {
    const replayed = replay(game.scenario, game.seed, game.log.map((r) => r.decisions));
    replays.set(key, replayed.ok && stateHash(replayed.value));
  }
  return replays.get(key)!;
}

function checkAlways(flow: Flow, sut: FlowSnapshot, model: FlowSnapshot): void {
  const { context } = sut;
  const phase = phaseOf(sut);
  expect(phase).toBe(phaseOf(model));
  expect(context.game && hashOf(context.game)).toBe(model.context.game && hashOf(model.context.game));

  if (phase !== 'decisions') {
    const taken = decidingRequests(sut).filter((request) => transition(flow, sut, request)[0] !== sut);
    expect(taken.map((request) => JSON.stringify(request)), 'requests taken outside decisions').toEqual([]);
  }
  if (context.game) {
    remember(context.game);
    // No snapshot is kept anywhere: the game is always exactly what its seed and decision log replay to (each log
    // replayed once: the engine is deterministic, so a second replay of the same log could find nothing new).
    expect(replayedHash(context.game)).toBe(hashOf(context.game));
  }
  // Secrecy: before resolution a side sees none of another side's decisions, nor refusals addressed to it.
  if (!['resolution', 'report', 'debrief'].includes(phase)) {
    for (const viewer of ['A', 'B', 'C']) {
      const visible = visibleDecisions(sut, viewer);
      expect(Object.keys(visible).every((side) => side === viewer)).toBe(true);
      if (context.refusal && context.refusal.to !== null && context.refusal.to !== viewer) expect(viewOf(sut, viewer).refusals).toEqual([]);
    }
  }
}

const inGame = (sut: FlowSnapshot) => {
  const game = sut.context.game!;
  expect(game).not.toBeNull();
  return game;
};

function checkPhase(flow: Flow, sut: FlowSnapshot): void {
  const { context } = sut;
  switch (phaseOf(sut)) {
    case 'menu':
      expect(context.game).toBeNull();
      expect(context.players).toEqual([]);
      break;
    case 'briefing': {
      const game = inGame(sut);
      expect(game.ending).toBeNull();
      expect(game.log.length).toBe(game.turn - 1);
      expect(context.pending).toEqual({});
      expect(context.others).toBeNull();
      break;
    }
    case 'handOver':
      expect(context.players.length).toBe(2);
      // The side coming to the screen has not decided yet (beyond the calls made in public), and sees nothing of
      // the side that has.
      expect(Object.keys(context.pending[context.players[context.seat]!] ?? {}).filter((k) => k !== 'calls')).toEqual([]);
      expect(Object.keys(viewOf(sut, context.players[context.seat]!).decisions).filter((side) => side !== context.players[context.seat])).toEqual([]);
      expect(viewOf(sut, context.players[context.seat]!).deciding).toBe(false);
      break;
    case 'decisions': {
      const game = inGame(sut);
      const seat = context.players[context.seat]!;
      expect(game.ending).toBeNull();
      expect(viewOf(sut, seat).deciding).toBe(true);
      // A legal request is taken, for the seat only, and changes nothing else.
      const [taken] = transition(flow, sut, { type: 'POSTURE', side: seat, toward: 'C', posture: 'hedge' });
      expect(taken.context.pending[seat]?.postures?.C).toBe('hedge');
      expect(taken.context.game).toBe(game);
      for (const side of context.players) if (side !== seat) expect(taken.context.pending[side]).toBe(context.pending[side]);
      // A request the engine refuses changes nothing, and the refusal is the engine's own words.
      const [refused] = transition(flow, sut, { type: 'POSTURE', side: seat, toward: seat, posture: 'ally' });
      expect(refused.context.pending).toBe(context.pending);
      expect(refused.context.refusal?.reasons.map((r) => r.message)).toEqual(checkDecisions(game, { [seat]: { postures: { [seat]: 'ally' } } }).map((e) => decisionErrorText(game.scenario, e)));
      break;
    }
    case 'calling': {
      // Only people in a crisis of their own get here; a call they choose is taken as the engine judges it.
      const game = inGame(sut);
      const side = context.players.find((p) => game.agenda.crises.some((c) => c.target === p || c.initiator === p))!;
      expect(side).toBeDefined();
      const crisis = game.agenda.crises.find((c) => c.target === side || c.initiator === side)!;
      const [taken] = transition(flow, sut, { type: 'CALL', side, crisis: crisis.id, callees: [] });
      expect(taken.context.pending[side]?.calls?.[crisis.id]).toEqual([]);
      expect(taken.context.game).toBe(game);
      break;
    }
    case 'standing':
      // The others have answered; the people meet their crises with those answers in sight.
      expect(context.others).not.toBeNull();
      break;
    case 'aiDecisions':
      // The computer players have decided, and never for a side a person plays.
      expect(context.others).not.toBeNull();
      expect(Object.keys(context.others!).filter((id) => context.players.includes(id))).toEqual([]);
      break;
    case 'resolution':
    case 'report': {
      const game = inGame(sut);
      expect(context.pending).toEqual({});
      expect(context.others).toBeNull();
      expect(visibleDecisions(sut, context.players[0]!)).toBe(game.log[game.log.length - 1]!.decisions);
      expect(viewOf(sut, context.players[0]!).record).toBe(game.log[game.log.length - 1]);
      break;
    }
    case 'debrief':
      // The end, or a look before it at a game of the page's own with a turn played, which plays on from there.
      if (inGame(sut).ending === null) {
        expect(context.remote).toBe(false);
        expect(inGame(sut).log.length).toBeGreaterThan(0);
        const [back] = transition(flow, sut, { type: 'PLAY_ON' });
        expect(phaseOf(back)).toBe('briefing');
        expect(back.context.game).toBe(sut.context.game);
      }
      break;
    case 'awaitingCalls':
    case 'awaitingOthers':
    case 'awaitingTurn':
      // Only a side of a shared world waits for the class server, and never with a turn already resolved.
      expect(context.remote).toBe(true);
      expect(inGame(sut).ending).toBeNull();
      break;
    case 'fault':
      expect(context.refusal?.reasons.length).toBeGreaterThan(0);
      break;
  }
}

// ---------------------------------------------------------------- running the paths

const PHASE_KEYS = [
  'menu',
  'playing.briefing',
  'playing.calling',
  'playing.awaitingCalls',
  'playing.handOver',
  'playing.decisions',
  'playing.awaitingOthers',
  'playing.aiDecisions',
  'playing.standing',
  'playing.awaitingTurn',
  'playing.resolution',
  'playing.report',
  'playing.debrief',
  'playing.fault',
];

interface Coverage {
  transitions: Set<AnyTransitionDefinition>;
  states: Set<string>;
}

async function runPaths(flow: Flow, filter: (snapshot: FlowSnapshot, event: FlowEvent) => boolean, coverage: Coverage): Promise<number> {
  const model = createTestModel(flow, {
    input: { saves: SLOTS },
    events: requests,
    filterEvents: filter,
    serializeState,
    serializeEvent: eventKey,
  });
  const paths = model.getShortestPaths({ stopWhen: exploreOnce() });
  for (const path of paths) {
    let sut!: Actor<Flow>;
    sut = createActor(flow, {
      input: { saves: SLOTS },
      inspect: (event) => {
        if (event.type !== '@xstate.microstep') return;
        for (const t of (event as { _transitions: AnyTransitionDefinition[] })._transitions) {
          coverage.transitions.add(t);
          // A state passed through on the way (the turn the server resolved) is reached though never at rest.
          for (const node of t.target ?? []) coverage.states.add(node.id);
        }
      },
    }).start();
    const send = (step: { event: { type: string } }) => sut.send(step.event as FlowEvent);
    const check = (model: FlowSnapshot) => {
      const snapshot = sut.getSnapshot();
      for (const node of snapshot._nodes) coverage.states.add(node.id);
      checkAlways(flow, snapshot, model);
      checkPhase(flow, snapshot);
    };
    await path.test({
      states: Object.fromEntries(PHASE_KEYS.map((key) => [key, check])),
      events: {
        START: send,
        LOAD: send,
        RESUME: send,
        CONTINUE: send,
        POSTURE: send,
        ANSWER: send,
        CHOOSE: send,
        CALL: send,
        STANCE: send,
        CHALLENGE: send,
        CLEAR: send,
        SUBMIT: send,
        QUIT: send,
        DEBRIEF: send,
        PLAY_ON: send,
        CALLS: send,
        WORLD: send,
        OTHERS: send,
        REWIND: (step) => {
          const event = step.event as Extract<FlowEvent, { type: 'REWIND' }>;
          const before = sut.getSnapshot().context.game!;
          const turn = event.turn;
          const remote = sut.getSnapshot().context.remote;
          sut.send(event);
          // A shared world's game cannot be rewound: its turns are the class's.
          if (remote) return expect(sut.getSnapshot().context.game).toBe(before);
          if (turn > before.turn) return;
          // A rewind to turn k gives the game exactly as it stood at turn k when it was played.
          const key = positionKey(before.scenario, before.seed, before.log.slice(0, turn - 1).map((r) => r.decisions));
          expect(seen.has(key), `turn ${turn} of this game was never seen`).toBe(true);
          expect(hashOf(sut.getSnapshot().context.game!)).toBe(seen.get(key));
          rewindsChecked++;
        },
      },
    });
    sut.stop();
  }
  return paths.length;
}

function allTransitions(flow: Flow): AnyTransitionDefinition[] {
  return getStateNodes(flow.root).flatMap((node) => [...node.transitions.values(), node.always ?? []].flat());
}

/** A transition by its place in the machine: its state, its event and its rank among that event's guarded branches. */
const describeTransition = (t: AnyTransitionDefinition) =>
  `${t.source.id} on ${t.eventType || '(always)'} #${(t.source.transitions.get(t.eventType) ?? t.source.always ?? []).indexOf(t)} → ${t.target?.map((n) => n.id).join(',') ?? '(stays)'}`;

describe('the turn flow, walked by its model', () => {
  it('reaches every state, takes every transition, and keeps its promises at every step', async () => {
    const flow = createFlow({ scenarios: [world], now: CLOCK });
    const coverage: Coverage = { transitions: new Set(), states: new Set() };
    const paths = await runPaths(flow, () => true, coverage);

    // The engine refusing the computer players' decisions is a fault; a deliberately broken AI reaches it.
    const brokenAi: DecideOthers = () => ({ C: { postures: { C: 'ally' } } });
    const broken = createFlow({ scenarios: [world], now: CLOCK, decideOthers: brokenAi });
    const brokenCoverage: Coverage = { transitions: new Set(), states: new Set() };
    const toFault = (snapshot: FlowSnapshot, event: FlowEvent) =>
      phaseOf(snapshot) === 'fault' ||
      (event.type === 'START' && event.players.length === 1 && event.players[0] === 'A') ||
      // A game one turn in, where no one is in a crisis: the computer's faulty decisions are found before any stance.
      (event.type === 'LOAD' && event.text === LIVE) ||
      event.type === 'CONTINUE' ||
      (event.type === 'SUBMIT' && event.side === snapshot.context.players[snapshot.context.seat]);
    const faultPaths = await runPaths(broken, toFault, brokenCoverage);

    // Transitions are the same objects in both flows only by position: compare them by description.
    const taken = new Set([...coverage.transitions, ...brokenCoverage.transitions].map(describeTransition));
    const missing = allTransitions(flow).map(describeTransition).filter((t) => !taken.has(t));
    expect(missing).toEqual([]);
    const states = new Set([...coverage.states, ...brokenCoverage.states]);
    expect(getStateNodes(flow.root).map((n) => n.id).filter((id) => !states.has(id))).toEqual([]);
    expect(rewindsChecked).toBeGreaterThan(100);
    console.log(`model: ${paths} paths, plus ${faultPaths} to the fault; ${taken.size} transitions and ${states.size} states covered; ${rewindsChecked} rewinds matched the game as played`);
  });
});
