import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    // Phaser alone is ~1.4 MB minified (357 KB gzip); it is split out below, so don't warn about it.
    chunkSizeWarningLimit: 1500,
    // Phaser is large and changes rarely: its own chunk, cached apart from the game's code.
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }] },
      },
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**'],
    testTimeout: 60_000,
  },
});
