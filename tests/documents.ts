// Where the tests find the source documents the scenarios quote: BOWSTRING_DOCUMENTS when set, else shared/seeds
// beside the project. Tests that need them are skipped, visibly, when they are not there.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const documentsDir: string = process.env.BOWSTRING_DOCUMENTS ?? fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
export const documentsFound: boolean = existsSync(documentsDir);
