import type en from '../en/files';

export default {
  // Scenario files kept in the browser, and the files the game ships.
  'files.authorFiles.listUnreadable': 'Список файлов сценариев, сохранённых в этом браузере, не удалось прочитать; он отложен в сторону, а сценарии, входящие в игру, по-прежнему доступны. Загрузите свои файлы снова.',
  'files.authorFiles.damaged': 'Эта запись повреждена (вместо файла в ней {holds, select, null {пусто} number {число} string {строка} boolean {логическое значение} other {значение типа {holds}}}). Удалите её и загрузите файл снова.',
  'files.authorFiles.firstOfMany': '{problem} (и ещё {more, plural, one {# проблема} few {# проблемы} many {# проблем} other {# проблемы}})',
  'files.shipped.refused': '{file}: {problems}',
  'files.shipped.problem': 'строка {line}, столбец {column}: {message}',
  'files.shipped.unreadable': 'Не удалось прочитать файл {file} ({fault}).',
} satisfies Record<keyof typeof en, string>;
