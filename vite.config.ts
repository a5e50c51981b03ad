import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';
// With their extensions: Vite loads its configuration as Node does, which finds no module by a bare name.
import { englishOnly } from './src/engine/prose.ts';
import type { ScenarioDef } from './src/engine/types.ts';
import { defineConfig } from 'vitest/config';

/**
 * Writes `sw.js`, the service worker that keeps the game playable offline (src/offline/sw.ts), into the build with
 * the list of every file it must store and a version drawn from their names: a new build is a new worker, which
 * stores the new files and drops the old.
 */
function offline(): Plugin {
  return {
    name: 'bowstring-offline',
    apply: 'build',
    async writeBundle(options, bundle) {
      const files = ['./', ...Object.keys(bundle).filter((name) => !name.endsWith('.map')).sort()];
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const { code } = await transform(readFileSync('src/offline/sw.ts', 'utf8'), {
        loader: 'ts',
        target: 'es2022',
        define: { PRECACHE: JSON.stringify(files), VERSION: JSON.stringify(version) },
      });
      writeFileSync(join(options.dir ?? 'dist', 'sw.js'), code);
    },
  };
}

/** A shipped scenario's file in the build (not the format's JSON Schema). */
const isScenarioAsset = (file: { type: string; originalFileNames?: readonly string[] }): boolean =>
  file.type === 'asset' && (file.originalFileNames ?? []).some((name) => /^scenarios\/[^/]+\.json$/.test(name) && !name.endsWith('.schema.json'));

/**
 * Writes beside each shipped scenario's file its English alone, `<name>.en.json`: a third of the whole, which holds
 * every language. An English page loads these first (src/ui/shipped.ts); the rules and the hash are the same.
 */
function englishScenarios(): Plugin {
  return {
    name: 'bowstring-english-scenarios',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!isScenarioAsset(file) || file.type !== 'asset') continue;
        const def = JSON.parse(String(typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source))) as ScenarioDef;
        this.emitFile({ type: 'asset', fileName: file.fileName.replace(/\.json$/, '.en.json'), source: JSON.stringify(englishOnly(def)) });
      }
    },
  };
}

/**
 * Names the shipped scenarios' files in the page's head, so that the browser fetches them alongside the code instead
 * of after it: the menu is drawn from them (src/ui/shipped.ts fetches the same addresses, and finds them already
 * on their way).
 */
function preloadScenarios(): Plugin {
  return {
    name: 'bowstring-preload-scenarios',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        // The English copies, which a page opening in English (the most common first visit) fetches.
        const files = Object.values(bundle ?? {}).filter(isScenarioAsset);
        return files.map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `./${file.fileName.replace(/\.json$/, '.en.json')}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * The switches Phaser's own build sets on its source (node_modules/phaser/config/webpack.dist.config.js): both
 * renderers, and no sound, WebGL debugging, 3D camera or Facebook Instant Games, whose code is then left out.
 * Phaser tests them as `typeof NAME`, so the whole expression is replaced.
 */
const PHASER_FEATURES: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

/** Builds Phaser from its source with the switches above (see src/render/phaser-build.js for the modules kept). */
function phaserFeatures(): Plugin {
  const pattern = new RegExp(`\\btypeof (${Object.keys(PHASER_FEATURES).join('|')})\\b`, 'g');
  return {
    name: 'bowstring-phaser-features',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]phaser[\\/]src[\\/]/.test(id)) return null;
      return { code: code.replace(pattern, (_, name: string) => String(PHASER_FEATURES[name])), map: null };
    },
  };
}

export default defineConfig(({ command }) => ({
  base: './',
  plugins: [englishScenarios(), offline(), preloadScenarios(), phaserFeatures()],
  // Phaser's published bundle holds all of it and cannot be trimmed: the built game takes only the part the map
  // uses. (Phaser's source is CommonJS, which the development server does not convert: there it serves the bundle.)
  resolve: command === 'build' ? { alias: [{ find: /^phaser$/, replacement: fileURLToPath(new URL('src/render/phaser-build.js', import.meta.url)) }] } : {},
  build: {
    target: 'es2022',
    sourcemap: true,
    // Phaser, even trimmed to what the map uses, is larger than Vite's warning limit; it is split out below.
    chunkSizeWarningLimit: 1000,
    // Phaser is large and changes rarely: its own chunk, cached apart from the game's code.
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }] },
      },
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // The browser's tests and the class server's have configs and steps of their own (vitest.browser.config.ts,
    // vitest.server.config.ts): this is the unit suite.
    exclude: ['tests/browser/**', 'tests/server/**'],
    // The game's English messages, installed as the page installs them (src/i18n/index.ts).
    setupFiles: ['tests/messages.ts'],
    // Generous: the files run side by side, and the machine may be running other work too.
    testTimeout: 180_000,
    // Every core: vitest's default leaves one free, which on a two-core machine runs the files one at a time.
    maxWorkers: availableParallelism(),
    // Threads, and one module graph per thread rather than per file: the files share no state (nothing is mocked or
    // stubbed, and the engine's few module-level settings are restored by withCoefficients and explaining), so the
    // engine and the scenarios are loaded once per thread instead of once per file.
    pool: 'threads',
    isolate: false,
  },
}));
