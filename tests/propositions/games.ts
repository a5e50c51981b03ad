// How many seeded games an arm of a proposition test plays. The unit suite plays as many as each test's margins need
// (each file says why its count is enough, from README's figures); README's figures are of 200 games an arm:
// PROPOSITION_GAMES=200 npx vitest run tests/propositions. The seeds are the same at any count, the first ones first.
export const gamesPerArm = (inSuite: number): number => Number(process.env.PROPOSITION_GAMES ?? inSuite);
