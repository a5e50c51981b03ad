import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// The class server's tests: the real server on a free port, Debian's PostgreSQL and Redis servers, several Node
// processes. They run apart from the unit suite (vite.config.ts), after scripts/ensure-services.sh.
export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    // The game's English messages, installed as the page installs them (src/i18n/index.ts).
    setupFiles: ['tests/messages.ts'],
    // Generous: a server, its database and its clients share the machine with the test.
    testTimeout: 180_000,
    // Every core (vitest's default leaves one free). Each file in a process of its own: a class server holds its
    // rooms in its process, so no two files' servers share one.
    maxWorkers: availableParallelism(),
    pool: 'forks',
  },
});
