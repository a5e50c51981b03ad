// The game as it ships: built, then served by `vite preview` on a free port of 127.0.0.1 (the browser tests and the
// benches all measure this).
import { build, preview } from 'vite';

export interface Served {
  /** The page's address, ending in '/'. */
  url: string;
  close(): Promise<void>;
}

export async function buildAndServe(): Promise<Served> {
  // A test runner sets NODE_ENV to 'test', which would make a development build (import.meta.env.DEV).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}
