// `npm run -s stack < trace.txt` (or `docker run -i gongkai stack < trace.txt`): a stack trace from
// the api's or the worker's log, with its frames in the bundles mapped to the TypeScript they
// were built from (operations.md §11). Reads standard input, writes standard output.
import { text } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { originalStack } from '../lib/errors/original-stack.js';

// libs/platform/dist/cli/ → the repository (or image) root.
const root = fileURLToPath(new URL('../../../../', import.meta.url));
process.stdout.write(originalStack(await text(process.stdin), root));
