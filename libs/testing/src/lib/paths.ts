import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
/** The Node 24 that `npm ci` installs; spawned apps must not run on the machine's older Node. */
export const NODE_BIN = process.execPath;
