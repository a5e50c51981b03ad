// Build the game once and serve the result on 127.0.0.1 for the browser tests.
import type { TestProject } from 'vitest/node';
import { buildAndServe } from './built';

export default async function setup(project: TestProject) {
  const served = await buildAndServe();
  project.provide('baseUrl', served.url);
  return () => served.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
