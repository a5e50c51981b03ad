import type en from '../en/model';

export default {
  'model.words.endingWar': 'Война на ходу {turn}: {initiator} и {target} вступили в войну.',
  'model.words.endingCollapse': 'Крах на ходу {turn}: {actor} — государство рухнуло.',
  'model.words.endingLastTurn': 'Сценарий дошёл до последнего хода (ход {turn}).',
  'model.words.endingLesson': 'Сыграны все ходы урока ({turns, plural, one {# ход} few {# хода} many {# ходов} other {# хода}}): игра закончилась после хода {turn} из {scenarioTurns} ходов сценария.',

  'model.engineWords.detailWar': '{initiator} и {target} вступили в войну',
  'model.engineWords.detailCollapse': '{actor} — крах государства',
  'model.engineWords.detailLastTurn': 'сценарий дошёл до последнего хода',
  'model.engineWords.detailLesson': 'сыграны все ходы урока ({turns, plural, one {# ход} few {# хода} many {# ходов} other {# хода}})',
  'model.engineWords.gameOver': 'Игра окончена ({detail}; ход {turn}): решения больше не принимаются.',
  'model.engineWords.noSuchActor': 'В этом сценарии нет участника «{actor}».',
  'model.engineWords.noPostureToward': '{actor}: нельзя занять позицию по отношению к «{other}».',
  'model.engineWords.postureNotNow': '{actor}: сейчас нельзя занять позицию {posture, select, ally {«Союзник»} partner {«Партнёр»} hedge {«Хеджирование»} other {«{posture}»}} по отношению к стороне {other}.',
  'model.engineWords.notCalled': '{actor}: на этом ходу в «{call}» поддержки не просили.',
  'model.engineWords.answerLevel': '{actor}: ответ на «{call}» должен быть 0, 1, 2 или 3, получено {got}.',
  'model.engineWords.noSuchDecision': '{actor}: на этом ходу нет решения «{choice}».',
  'model.engineWords.noSuchOption': '«{option}» — не один из вариантов события «{event}».',
  'model.engineWords.notPrincipal': '{actor}: на этом ходу не главная сторона кризиса «{crisis}».',
  'model.engineWords.callsNotList': '{actor}: просьбы о поддержке в «{crisis}» должны быть списком участников.',
  'model.engineWords.cannotCall': '{actor}: в «{crisis}» нельзя просить поддержки у «{callee}»; можно просить: {callees}.',
  'model.engineWords.noOne': 'никого',
  'model.engineWords.stance': '{actor}: линия в «{crisis}» должна быть одной из press, stand, yield, получено {got}.',
  'model.engineWords.noRivalry': '{actor}: нет соперничества с «{target}» в регионе «{theatre}», чтобы усилить давление.',
} satisfies Record<keyof typeof en, string>;
