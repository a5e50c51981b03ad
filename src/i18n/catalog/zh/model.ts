import type en from '../en/model';

export default {
  'model.words.endingWar': '第{turn}回合爆发战争：{initiator}与{target}开战。',
  'model.words.endingCollapse': '第{turn}回合发生崩溃：{actor}崩溃。',
  'model.words.endingLastTurn': '情景已进行到最后一个回合（第{turn}回合）。',
  'model.words.endingLesson': '本课的{turns, plural, other {# 个回合}}已全部进行：游戏在情景共{scenarioTurns}个回合中的第{turn}回合后结束。',

  'model.engineWords.detailWar': '{initiator}与{target}开战',
  'model.engineWords.detailCollapse': '{actor}崩溃',
  'model.engineWords.detailLastTurn': '情景已进行到最后一个回合',
  'model.engineWords.detailLesson': '本课的{turns, plural, other {# 个回合}}已全部进行',
  'model.engineWords.gameOver': '游戏已结束（{detail}，第{turn}回合），不再接受决定。',
  'model.engineWords.noSuchActor': '本情景中没有参与方“{actor}”。',
  'model.engineWords.noPostureToward': '{actor}无法对“{other}”采取姿态。',
  'model.engineWords.postureNotNow': '{actor}目前无法对{other}采取{posture, select, ally {“盟友”} partner {“伙伴”} hedge {“对冲”} other {“{posture}”}}姿态。',
  'model.engineWords.notCalled': '本回合{actor}在“{call}”中未被请求支持。',
  'model.engineWords.answerLevel': '{actor}：对“{call}”的回应必须是0、1、2或3，实际为{got}。',
  'model.engineWords.noSuchDecision': '本回合{actor}没有需要作出的决定“{choice}”。',
  'model.engineWords.noSuchOption': '“{option}”不是事件“{event}”的选项之一。',
  'model.engineWords.notPrincipal': '本回合{actor}不是危机“{crisis}”的当事方。',
  'model.engineWords.callsNotList': '{actor}：在“{crisis}”中请求支持的对象必须是参与方列表。',
  'model.engineWords.cannotCall': '{actor}不能在“{crisis}”中请求“{callee}”支持：可请求的是{callees}。',
  'model.engineWords.noOne': '无人',
  'model.engineWords.stance': '{actor}：在“{crisis}”中的立场必须是press、stand、yield之一，实际为{got}。',
  'model.engineWords.noRivalry': '{actor}与“{target}”在“{theatre}”没有可施压的对抗关系。',
} satisfies Record<keyof typeof en, string>;
