import type en from '../en/files';

export default {
  // Scenario files kept in the browser, and the files the game ships.
  'files.authorFiles.listUnreadable': '无法读取此浏览器中保存的剧本文件列表；该列表已另行保留，游戏自带的剧本仍可正常游玩。请重新加载你的文件。',
  'files.authorFiles.damaged': '此条目已损坏（其中存放的是{holds, select, null {空值} number {数字} string {字符串} boolean {布尔值} other {{holds}类型的值}}，而不是文件）。请移除它，然后重新加载文件。',
  'files.authorFiles.firstOfMany': '{problem}（另有{more}个问题）',
  'files.shipped.refused': '{file}：{problems}',
  'files.shipped.problem': '第{line}行第{column}列：{message}',
  'files.shipped.unreadable': '无法读取{file}（{fault}）。',
} satisfies Record<keyof typeof en, string>;
