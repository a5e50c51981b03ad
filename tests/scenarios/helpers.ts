// Shared by the scenario tests: reading fixtures and writing problems in one line each.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allProblems, type LoadReport } from '../../src/scenarios/loader';

export const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');

/** `severity line:column path | message`, one per problem, in reading order. */
export function lines(report: LoadReport): string[] {
  return allProblems(report).map((p) => `${p.severity} ${p.line}:${p.column} ${p.path} | ${p.message}`);
}
