// Wires the layers together: load the default scenario, start a game, show its first briefing.
import { newGame } from './engine';
import { loadScenario } from './scenarios/loader';
import { renderBriefing } from './ui/briefing';
import defaultScenario from '../scenarios/alliance-question-2020.json?raw';

const root = document.getElementById('app')!;
const params = new URLSearchParams(location.search);
const report = loadScenario(defaultScenario, 'alliance-question-2020.json');
if (!report.ok) {
  root.textContent = `The built-in scenario could not be loaded: ${report.errors.map((e) => e.message).join('; ')}`;
} else {
  const side = params.get('side') === 'CHN' ? 'CHN' : 'RUS';
  renderBriefing(root, newGame(report.value, params.get('seed') ?? 'class'), side);
}
