// English messages: files and saves. Each language has its own file of the same name, with the same keys.
export default {
  // Scenario files kept in the browser, and the files the game ships.
  'files.authorFiles.listUnreadable': 'The list of scenario files kept in this browser could not be read; it was set aside, and the scenarios that come with the game still play. Load your files again.',
  'files.authorFiles.damaged': 'This entry is damaged (it holds {holds, select, null {nothing} other {a {holds}}} instead of a file). Remove it, and load the file again.',
  'files.authorFiles.firstOfMany': '{problem} (and {more, plural, one {# more problem} other {# more problems}})',
  'files.shipped.refused': '{file}: {problems}',
  'files.shipped.problem': 'line {line}, column {column}: {message}',
  'files.shipped.unreadable': '{file} could not be read ({fault}).',
} as const;
