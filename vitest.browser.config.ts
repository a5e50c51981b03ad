import { defineConfig } from 'vitest/config';

// Real-browser tests: the built game served on 127.0.0.1, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/serve.ts'],
    // The game's English messages, for a test that reads what the game says in Node.
    setupFiles: ['tests/messages.ts'],
    testTimeout: 60_000,
    // A page waits on the network and the machine's load: a poll gives it as long as a person would wait.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
