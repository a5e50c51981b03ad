// The whole game's turn flow: menu → briefing → (calling) → (hand-over) → decisions → AI → (standing) → resolution →
// report → next turn or debrief, with save, load, resume, rewind and quit. Every rule is the engine's: actions call it and store what it returns.
// No DOM, no timers, no I/O: the same flow runs in Node and in the browser, and `xstate/graph` can walk it.
import { assertEvent, assign, not, setup } from 'xstate';
import { applyDecisions, checkDecisions, newGame, type GameState, type Result } from '../engine';
import { EMPTY_SLOTS, makeSave, readSave, rewindTo, rotate, writeSave, type LoadedSave, type SaveProblem } from '../persistence';
import { t } from '../i18n/core';
import { lookaheadOthers } from './others';
import { gameInPlay, judge, notYourTurn, playersInCrisis, seatSide, startRefusal, turnDecisions } from './requests';
import type { FlowContext, FlowEvent, FlowInput, FlowSetup, Refusal } from './types';
import { decisionErrorText } from '../i18n/engineWords';

/** A fresh turn: no one has decided yet, the first player decides first. */
const FRESH_TURN = { seat: 0, pending: {}, others: null, publicCalls: {}, refusal: null } satisfies Partial<FlowContext>;

const reasons = (problems: readonly SaveProblem[]): Refusal[] => problems.map(({ code, message }) => ({ code, message }));

/** A shared world: the class server has resolved the turn, whatever step of it this page was at (a player who ran out
 *  of time had the computer decide for it). */
const TURN_FROM_SERVER = [{ guard: 'turnFromServer', target: '#bowstring.playing.turnKnown', actions: 'takeTurn' }] as const;

export function createFlow(deps: FlowSetup) {
  const scenarios = deps.scenarios;
  const decideOthers = deps.decideOthers ?? lookaheadOthers;
  const now = deps.now ?? (() => new Date().toISOString());

  // A load is checked by a guard and then performed by an action: remember the last reading so the replay runs once.
  let lastRead: { text: string; result: Result<LoadedSave, SaveProblem> } | null = null;
  const read = (text: string | null): Result<LoadedSave, SaveProblem> => {
    if (text === null) return { ok: false, errors: [{ code: 'empty', message: t('files.machine.emptySlot'), path: '' }] };
    if (lastRead?.text !== text) lastRead = { text, result: readSave(text, scenarios) };
    return lastRead.result;
  };
  const textOf = (context: FlowContext, event: FlowEvent): string | null => {
    assertEvent(event, ['LOAD', 'RESUME']);
    return event.type === 'LOAD' ? event.text : context.saves[event.slot] ?? null;
  };
  const gameOf = (context: FlowContext): GameState => {
    if (!context.game) throw new Error('no game is being played');
    return context.game;
  };

  return setup({
    types: {
      context: {} as FlowContext,
      events: {} as FlowEvent,
      input: {} as FlowInput,
    },
    guards: {
      canStart: ({ event }) => {
        assertEvent(event, 'START');
        return startRefusal(scenarios.find((s) => s.id === event.scenario), event.scenario, event.players, scenarios, event.rules) === null;
      },
      saveReads: ({ context, event }) => read(textOf(context, event)).ok,
      savedGameIsOver: ({ context, event }) => {
        const loaded = read(textOf(context, event));
        return loaded.ok && loaded.value.game.ending !== null;
      },
      isHotSeat: ({ context }) => context.players.length > 1,
      decisionIsLegal: ({ context, event }) => {
        assertEvent(event, ['POSTURE', 'ANSWER', 'CHOOSE', 'CALL', 'STANCE', 'CHALLENGE']);
        return judge(context, event).ok;
      },
      isSeat: ({ context, event }) => {
        assertEvent(event, ['CLEAR', 'SUBMIT']);
        return event.side === seatSide(context);
      },
      playersLeftToDecide: ({ context }) => context.seat < context.players.length - 1,
      playersInCrisis: ({ context }) => playersInCrisis(context).length > 0,
      turnIsLegal: ({ context }) => checkDecisions(gameOf(context), turnDecisions(context)).length === 0,
      gameIsOver: ({ context }) => gameOf(context).ending !== null,
      canRewind: ({ context, event }) => {
        assertEvent(event, 'REWIND');
        return !context.remote && Number.isInteger(event.turn) && event.turn >= 1 && event.turn <= gameOf(context).turn;
      },
      isRemote: ({ context }) => context.remote,
      // A debrief before the end reads the turns played: a game of the page's own, with at least one behind it.
      canDebriefEarly: ({ context }) => !context.remote && gameOf(context).ending === null && gameOf(context).log.length > 0,
      worldIsOver: ({ event }) => {
        assertEvent(event, 'WORLD');
        return event.game.ending !== null;
      },
      // What the class server says of this turn, never of another (a late message for a turn already played is dropped).
      callsForThisTurn: ({ context, event }) => {
        assertEvent(event, 'CALLS');
        return context.remote && context.game?.turn === event.turn;
      },
      answersForThisTurn: ({ context, event }) => {
        assertEvent(event, 'OTHERS');
        return context.remote && !event.final && context.game?.turn === event.turn && playersInCrisis(context).length > 0;
      },
      turnFromServer: ({ context, event }) => {
        assertEvent(event, 'OTHERS');
        return context.remote && event.final && context.game?.turn === event.turn;
      },
    },
    actions: {
      startGame: assign(({ event }) => {
        assertEvent(event, 'START');
        const scenario = scenarios.find((s) => s.id === event.scenario)!;
        return { ...FRESH_TURN, game: newGame(scenario, event.seed, event.rules), players: [...event.players], remote: event.remote === true, review: false, rewinds: [] };
      }),
      refuseStart: assign(({ event }) => {
        assertEvent(event, 'START');
        const refusal = startRefusal(scenarios.find((s) => s.id === event.scenario), event.scenario, event.players, scenarios, event.rules)!;
        return { refusal: { to: null, reasons: [refusal] } };
      }),
      loadGame: assign(({ context, event }) => {
        const loaded = read(textOf(context, event));
        if (!loaded.ok) throw new Error('loadGame ran on a save that does not read');
        return {
          ...FRESH_TURN,
          game: loaded.value.game,
          players: [...loaded.value.save.players],
          remote: event.type === 'LOAD' && event.remote === true,
          review: event.type === 'LOAD' && event.review === true,
          rewinds: loaded.value.save.rewinds.map((r) => ({ ...r })),
        };
      }),
      refuseLoad: assign(({ context, event }) => {
        const loaded = read(textOf(context, event));
        return { refusal: { to: null, reasons: loaded.ok ? [] : reasons(loaded.errors) } };
      }),
      acceptDecision: assign(({ context, event }) => {
        assertEvent(event, ['POSTURE', 'ANSWER', 'CHOOSE', 'CALL', 'STANCE', 'CHALLENGE']);
        const verdict = judge(context, event);
        if (!verdict.ok) throw new Error('acceptDecision ran on a refused decision');
        return { pending: { ...context.pending, [verdict.side]: verdict.decision }, refusal: null };
      }),
      refuseDecision: assign(({ context, event }) => {
        assertEvent(event, ['POSTURE', 'ANSWER', 'CHOOSE', 'CALL', 'STANCE', 'CHALLENGE']);
        const verdict = judge(context, event);
        return { refusal: { to: seatSide(context), reasons: verdict.ok ? [] : verdict.reasons } };
      }),
      refuseNotSeat: assign(({ context, event }) => {
        assertEvent(event, ['CLEAR', 'SUBMIT']);
        return { refusal: { to: seatSide(context), reasons: [notYourTurn(event.side, seatSide(context))] } };
      }),
      clearDecisions: assign(({ context }) => {
        const { [seatSide(context)!]: _dropped, ...rest } = context.pending;
        return { pending: rest, refusal: null };
      }),
      // The next player must not see the last one's refusals: they may name its choices.
      passSeat: assign(({ context }) => ({ seat: context.seat + 1, refusal: null })),
      // The others answer the calls the people chose to make.
      decideForOthers: assign(({ context }) => ({ others: decideOthers(gameInPlay(context)!, context.players), refusal: null })),
      resolveTurn: assign(({ context }) => {
        const next = applyDecisions(gameOf(context), turnDecisions(context));
        if (!next.ok) throw new Error('resolveTurn ran on decisions the engine refuses');
        return { ...FRESH_TURN, game: next.value };
      }),
      recordFault: assign(({ context }) => ({
        refusal: {
          to: null,
          reasons: checkDecisions(gameOf(context), turnDecisions(context)).map((e) => ({
            code: e.code,
            message: t('shell.machine.computerRefused', { problem: decisionErrorText(gameOf(context).scenario, e) }),
          })),
        },
      })),
      rewind: assign(({ context, event }) => {
        assertEvent(event, 'REWIND');
        const game = gameOf(context);
        const earlier = rewindTo(game, event.turn);
        if (!earlier.ok) throw new Error(`the game's own log does not replay: ${earlier.errors[0]?.message}`);
        // From the turn awaiting decisions, or from past the last turn once the game is over: from − to turns undone.
        return { ...FRESH_TURN, game: earlier.value, rewinds: [...context.rewinds, { from: game.log.length + 1, to: event.turn }] };
      }),
      refuseRewind: assign(({ context, event }) => {
        assertEvent(event, 'REWIND');
        const last = gameOf(context).turn;
        return { refusal: { to: null, reasons: [{ code: 'no-such-turn', message: t('shell.machine.rewindRange', { last, turn: String(event.turn) }) }] } };
      }),
      // Autosave: the flow keeps the slots, `autosave()` writes them out, so the flow itself does no I/O.
      // A shared world's game lives on the class server: kept here, it would resume as a game against the computer.
      // Someone else's game, opened to look through, is not this browser's to continue.
      recordSave: assign(({ context }) =>
        context.remote || context.review ? {} : { saves: rotate(context.saves, writeSave(makeSave(gameOf(context), context.players, now(), context.rewinds))) },
      ),
      closeGame: assign(() => ({ ...FRESH_TURN, game: null, players: [], remote: false, review: false, rewinds: [] })),
      // A debrief read mid-turn sets the turn's undecided choices aside: the game plays on from the next briefing.
      setTurnAside: assign(() => ({ ...FRESH_TURN })),
      takeWorld: assign(({ event }) => {
        assertEvent(event, 'WORLD');
        return { ...FRESH_TURN, game: event.game, players: [...event.players], remote: true, review: false, rewinds: [] };
      }),
      takeCalls: assign(({ event }) => {
        assertEvent(event, 'CALLS');
        return { publicCalls: event.calls, refusal: null };
      }),
      takeAnswers: assign(({ event }) => {
        assertEvent(event, 'OTHERS');
        return { others: event.decisions, refusal: null };
      }),
      // The turn as the class server resolved it: every decision, this side's included (the computer decides a seat
      // whose player ran out of time), so that this page resolves exactly the server's turn.
      takeTurn: assign(({ event }) => {
        assertEvent(event, 'OTHERS');
        return { others: event.decisions, pending: {}, publicCalls: {}, refusal: null };
      }),
    },
  }).createMachine({
    id: 'bowstring',
    context: ({ input }) => ({ game: null, players: [], remote: false, review: false, rewinds: [], ...FRESH_TURN, saves: input?.saves ?? EMPTY_SLOTS }),
    initial: 'menu',
    // A shared world's game, from wherever the page is: the class server's log is the game.
    on: {
      WORLD: [
        { guard: 'worldIsOver', target: '#bowstring.playing.debrief', actions: 'takeWorld' },
        { target: '#bowstring.playing', actions: 'takeWorld' },
      ],
    },
    states: {
      // Choosing a scenario and a side (or two, for hot-seat), loading a save or resuming the autosave.
      menu: {
        on: {
          START: [{ guard: 'canStart', target: '#bowstring.playing', actions: ['startGame', 'recordSave'] }, { actions: 'refuseStart' }],
          LOAD: [
            { guard: 'savedGameIsOver', target: '#bowstring.playing.debrief', actions: ['loadGame', 'recordSave'] },
            { guard: 'saveReads', target: '#bowstring.playing', actions: ['loadGame', 'recordSave'] },
            { actions: 'refuseLoad' },
          ],
          RESUME: [
            { guard: 'savedGameIsOver', target: '#bowstring.playing.debrief', actions: ['loadGame', 'recordSave'] },
            { guard: 'saveReads', target: '#bowstring.playing', actions: ['loadGame', 'recordSave'] },
            { actions: 'refuseLoad' },
          ],
        },
      },
      playing: {
        initial: 'briefing',
        on: {
          REWIND: [{ guard: 'canRewind', target: '.briefing', actions: ['rewind', 'recordSave'] }, { actions: 'refuseRewind' }],
          LOAD: [
            { guard: 'savedGameIsOver', target: '.debrief', actions: ['loadGame', 'recordSave'] },
            { guard: 'saveReads', target: '.briefing', actions: ['loadGame', 'recordSave'] },
            { actions: 'refuseLoad' },
          ],
          QUIT: { target: 'menu', actions: 'closeGame' },
          DEBRIEF: { guard: 'canDebriefEarly', target: '.debrief', actions: 'setTurnAside' },
        },
        states: {
          // The turn's situation and the crises dealt, seen by everyone at the screen.
          briefing: {
            on: {
              CONTINUE: [{ guard: 'playersInCrisis', target: 'calling' }, { guard: 'isRemote', target: 'awaitingCalls' }, { guard: 'isHotSeat', target: 'handOver' }, { target: 'decisions' }],
              OTHERS: TURN_FROM_SERVER,
            },
          },
          // A person's own crisis, first step: whom to call on, in public, before anyone answers.
          calling: {
            on: {
              CALL: [{ guard: 'decisionIsLegal', actions: 'acceptDecision' }, { actions: 'refuseDecision' }],
              CONTINUE: [{ guard: 'isRemote', target: 'awaitingCalls' }, { guard: 'isHotSeat', target: 'handOver' }, { target: 'decisions' }],
              OTHERS: TURN_FROM_SERVER,
            },
          },
          // A shared world: the other people call on their partners in public before anyone decides.
          awaitingCalls: {
            on: { CALLS: { guard: 'callsForThisTurn', target: 'decisions', actions: 'takeCalls' }, OTHERS: TURN_FROM_SERVER },
          },
          // Hot-seat: the screen shows nothing of anyone's choices until the next player says they are there.
          handOver: {
            on: { CONTINUE: 'decisions' },
          },
          decisions: {
            on: {
              POSTURE: [{ guard: 'decisionIsLegal', actions: 'acceptDecision' }, { actions: 'refuseDecision' }],
              ANSWER: [{ guard: 'decisionIsLegal', actions: 'acceptDecision' }, { actions: 'refuseDecision' }],
              CHOOSE: [{ guard: 'decisionIsLegal', actions: 'acceptDecision' }, { actions: 'refuseDecision' }],
              CHALLENGE: [{ guard: 'decisionIsLegal', actions: 'acceptDecision' }, { actions: 'refuseDecision' }],
              CLEAR: [{ guard: 'isSeat', actions: 'clearDecisions' }, { actions: 'refuseNotSeat' }],
              SUBMIT: [
                { guard: not('isSeat'), actions: 'refuseNotSeat' },
                { guard: 'playersLeftToDecide', target: 'handOver', actions: 'passSeat' },
                { guard: 'isRemote', target: 'awaitingOthers' },
                { target: 'aiDecisions' },
              ],
              OTHERS: TURN_FROM_SERVER,
            },
          },
          // A shared world: the others decide on the class server, in secret; a principal then sees its answers.
          awaitingOthers: {
            on: { OTHERS: [...TURN_FROM_SERVER, { guard: 'answersForThisTurn', target: 'standing', actions: 'takeAnswers' }] },
          },
          // The actors no one plays decide; what they chose stays hidden until resolution.
          aiDecisions: {
            entry: 'decideForOthers',
            on: {
              CONTINUE: [
                { guard: 'playersInCrisis', target: 'standing' },
                { guard: 'turnIsLegal', target: 'resolution', actions: ['resolveTurn', 'recordSave'] },
                { target: 'fault', actions: 'recordFault' },
              ],
            },
          },
          // A person's own crisis, second step: having seen who answered and how, press on, stand firm or back down.
          standing: {
            on: {
              STANCE: [{ guard: 'decisionIsLegal', actions: 'acceptDecision' }, { actions: 'refuseDecision' }],
              CONTINUE: [
                { guard: 'isRemote', target: 'awaitingTurn' },
                { guard: 'turnIsLegal', target: 'resolution', actions: ['resolveTurn', 'recordSave'] },
                { target: 'fault', actions: 'recordFault' },
              ],
              OTHERS: TURN_FROM_SERVER,
            },
          },
          // A shared world: the class server resolves the turn once every player has stood or backed down.
          awaitingTurn: {
            on: { OTHERS: TURN_FROM_SERVER },
          },
          // A shared world: the turn as the server resolved it, resolved here by the same engine.
          turnKnown: {
            always: [{ guard: 'turnIsLegal', target: 'resolution', actions: ['resolveTurn', 'recordSave'] }, { target: 'fault', actions: 'recordFault' }],
          },
          // The engine has resolved the turn; the screen can play out the crises before the report.
          resolution: {
            on: { CONTINUE: 'report' },
          },
          // What changed, from the turn's record; then the next turn, or the debrief when the game has ended.
          report: {
            on: { CONTINUE: [{ guard: 'gameIsOver', target: 'debrief' }, { target: 'briefing' }] },
          },
          // The game's end, or a look at its debrief before the end, from which it plays on (PLAY_ON).
          debrief: {
            on: { PLAY_ON: { guard: 'canDebriefEarly', target: 'briefing' } },
          },
          // The computer players' decisions were refused by the engine: a fault to report, not to hide.
          // Rewind, load and quit still work from here.
          fault: {},
        },
      },
    },
  });
}

export type Flow = ReturnType<typeof createFlow>;
