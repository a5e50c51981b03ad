// The engine's codes in words: a power's name, how a game ended, and why a decision was refused. The engine names what happened
// and whom it concerns by id; the words, and actors' names, are the page's.
import { lang, listWords, t, tx } from './core';
import { lookup, type DecisionError, type Ending, type Scenario } from '../engine';

/** An actor's name as a sentence in the page's language has it: in English with "the" where the scenario says the name
 *  takes it ("the United States presses China"; `t` opens a sentence with "The"). An id the scenario lacks stays as it
 *  is. The one way every layer names a power in words (the engine and the AI give ids); a heading, a label or the map
 *  shows the name alone (labelOf). */
export function nameOf(scenario: Scenario, id: string): string {
  const actor = lookup(scenario).actor.get(id);
  if (actor === undefined) return id;
  return actor.definite && lang() === 'en' ? `the ${tx(actor.name)}` : tx(actor.name);
}

/** An actor's name alone, as a heading, a label, a list to pick from or the map shows it: "United States". */
export function labelOf(scenario: Scenario, id: string): string {
  const name = lookup(scenario).actor.get(id)?.name;
  return name === undefined ? id : tx(name);
}

/** How a game ended, as a clause: "Russia and Turkey went to war", "the scenario reached its last turn". */
export function endingDetail(scenario: Scenario, ending: Ending): string {
  if (ending.reason === 'war') return t('model.engineWords.detailWar', { initiator: nameOf(scenario, ending.initiator), target: nameOf(scenario, ending.target) });
  if (ending.reason === 'collapse') return t('model.engineWords.detailCollapse', { actor: nameOf(scenario, ending.actor) });
  if (ending.lessonTurns !== undefined) return t('model.engineWords.detailLesson', { turns: ending.lessonTurns });
  return t('model.engineWords.detailLastTurn');
}

/** How the game ended, in a sentence, with actors' names; a lesson's shorter game says so. */
export function endingText(scenario: Scenario, ending: Ending): string {
  if (ending.reason === 'war') return t('model.words.endingWar', { turn: ending.turn, initiator: nameOf(scenario, ending.initiator), target: nameOf(scenario, ending.target) });
  if (ending.reason === 'collapse') return t('model.words.endingCollapse', { turn: ending.turn, actor: nameOf(scenario, ending.actor) });
  if (ending.lessonTurns !== undefined) return t('model.words.endingLesson', { turns: ending.lessonTurns, turn: ending.turn, scenarioTurns: scenario.turns });
  return t('model.words.endingLastTurn', { turn: ending.turn });
}

/** Why the engine refused a decision, in a sentence. */
export function decisionErrorText(scenario: Scenario, e: DecisionError): string {
  const name = (id: string) => nameOf(scenario, id);
  switch (e.code) {
    case 'game-over':
      return t('model.engineWords.gameOver', { detail: endingDetail(scenario, e.ending), turn: e.ending.turn });
    case 'unknown-actor':
      return e.other === undefined ? t('model.engineWords.noSuchActor', { actor: e.actor }) : t('model.engineWords.noPostureToward', { actor: name(e.actor), other: e.other });
    case 'illegal-posture':
      return t('model.engineWords.postureNotNow', { actor: name(e.actor), posture: e.posture, other: name(e.other) });
    case 'unknown-call':
      return t('model.engineWords.notCalled', { actor: name(e.actor), call: e.call });
    case 'illegal-answer':
      return t('model.engineWords.answerLevel', { actor: name(e.actor), call: e.call, got: e.got });
    case 'unknown-choice': {
      if (e.option === undefined) return t('model.engineWords.noSuchDecision', { actor: name(e.actor), choice: e.choice });
      const title = e.event === undefined ? undefined : lookup(scenario).event.get(e.event)?.title;
      return t('model.engineWords.noSuchOption', { option: e.option, event: title === undefined ? (e.event ?? e.choice) : tx(title) });
    }
    case 'unknown-crisis':
      return t('model.engineWords.notPrincipal', { actor: name(e.actor), crisis: e.crisis });
    case 'illegal-call':
      if (e.callee === undefined) return t('model.engineWords.callsNotList', { actor: name(e.actor), crisis: e.crisis });
      return t('model.engineWords.cannotCall', {
        actor: name(e.actor),
        callee: e.callee,
        crisis: e.crisis,
        callees: e.callees.length > 0 ? listWords(e.callees.map(name)) : t('model.engineWords.noOne'),
      });
    case 'illegal-stance':
      return t('model.engineWords.stance', { actor: name(e.actor), crisis: e.crisis, got: e.got });
    case 'illegal-challenge':
      return t('model.engineWords.noRivalry', { actor: name(e.actor), target: e.target, theatre: e.theatre });
  }
}
