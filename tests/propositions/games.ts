// How many seeded games an arm of a proposition test plays. The unit suite plays as many as each test's margins need
// (each file says why its count is enough, from README's figures); README's figures are of 200 games an arm:
// PROPOSITION_GAMES=200 npx vitest run tests/propositions. The seeds are the same at any count, the first ones first.
export function gamesPerArm(inSuite: number): number {
  return gamesFrom('PROPOSITION_GAMES', inSuite);
}

/** The count of games the environment variable `name` asks for, or `inSuite` when it is unset; anything but a whole
 *  number of at least two games is refused, not read as some other count. */
export function gamesFrom(name: string, inSuite: number): number {
  const given = process.env[name];
  if (given === undefined || given === '') return inSuite;
  const games = Number(given);
  if (!Number.isInteger(games) || games < 2) throw new RangeError(`${name} must be a whole number of games, 2 or more; it is '${given}'`);
  return games;
}
