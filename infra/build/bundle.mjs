#!/usr/bin/env node
// `npm run build`, after `tsc -b`: bundles each server's compiled entry (apps/<app>/dist/entry.js,
// decorator metadata already emitted by tsc) with everything it imports into apps/<app>/dist/main.js,
// the file every runner starts (the image, `npm start`, CI, the e2e tests, the bench).
//
// Why: V8 keeps the source text of every loaded module to compile its functions lazily. Loaded
// module by module from node_modules, the api held 22 MB of source and 21 MB of compiled code in
// its heap; one tree-shaken, minified file holds a fraction of that and starts sooner
// (prisma-free-docs/performance.md §4). Class and function names are kept (`keepNames`): Nest,
// MikroORM and the code-first GraphQL schema take names from classes.
//
// Each bundle's source map is written beside it (`main.js.map`) but not linked from it, so nothing
// loads it at run time; `npm run -s stack` maps a logged stack trace through it and then tsc's
// maps to the TypeScript (operations.md §11).
//
// Left out of the bundle, loaded from node_modules at run time: packages that read files next to
// their own (native addons, Bull Board's page) and optional peers of Nest and Apollo that Gongkai does not
// install (required in a try/catch by the packages that mention them). `import()`s stay lazy,
// each in a chunk of its own (ExcelJS; the api's Bull Board wiring).
import { rm } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Packages that find files through their own directory at run time: native binaries, and Bull
 * Board's page and assets (loaded on the first administrator's request anyway).
 */
const OWN_FILES = [
  'argon2',
  'msgpackr-extract',
  '@bull-board/api',
  '@bull-board/fastify',
  '@bull-board/ui',
];

/** Optional peers that Nest, Apollo and GraphQL load only when present; none is installed. */
const OPTIONAL_ABSENT = [
  '@nestjs/microservices',
  '@nestjs/websockets',
  '@nestjs/platform-express',
  '@apollo/subgraph',
  '@apollo/gateway',
  '@as-integrations/express5',
  '@fastify/multipart',
  'class-transformer',
  'class-validator',
  'ts-morph',
];

const external = (id) =>
  [...OWN_FILES, ...OPTIONAL_ABSENT].some((name) => id === name || id.startsWith(`${name}/`));

export async function bundle(app) {
  const dir = join(root, 'apps', app, 'dist');
  // Chunks of an earlier build would otherwise pile up (their names carry a content hash); tsc's
  // own main.* of builds before the bundle would describe a file that is no longer theirs.
  await Promise.all(
    ['chunks', 'main.js.map', 'main.d.ts', 'main.d.ts.map'].map((name) =>
      rm(join(dir, name), { recursive: true, force: true }),
    ),
  );
  const { output } = await build({
    cwd: root,
    input: join(dir, 'entry.js'),
    platform: 'node',
    // As Node resolves: `main` (CommonJS) for packages without `exports`, never `module`, so a
    // package both imported and required (graphql) is one copy with one class identity.
    resolve: { mainFields: ['main'] },
    external,
    logLevel: 'warn',
    output: {
      dir,
      format: 'esm',
      entryFileNames: 'main.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      minify: true,
      keepNames: true,
      comments: false,
      // Node keeps a source of over 1 MB as an external string, two bytes a character if any
      // character is not Latin-1 (the Chinese labels): escaped, it is one byte a character.
      charset: 'ascii',
      // Unlinked (see above), and mappings only: the sources are the build's own files.
      sourcemap: 'hidden',
      sourcemapExcludeSources: true,
    },
  });
  // What the bundle still loads from outside itself: Node's own modules and the externals above,
  // nothing else (a package or a workspace lib left out would run unbundled, or be missing from
  // the image).
  const chunks = new Set(output.map((file) => file.fileName));
  const outside = output
    .flatMap((file) => (file.type === 'chunk' ? [...file.imports, ...file.dynamicImports] : []))
    .filter((id) => !chunks.has(id) && !isBuiltin(id) && !external(id));
  if (outside.length > 0) {
    throw new Error(
      `apps/${app}/dist/main.js imports from outside the bundle: ${outside.join(', ')}`,
    );
  }
  return output;
}

for (const app of process.argv.slice(2)) await bundle(app);
