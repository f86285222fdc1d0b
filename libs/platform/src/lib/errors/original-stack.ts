import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

/** A source map file, or null when there is none or it is not one Node can read. */
function readMap(path: string): SourceMap | null {
  if (!existsSync(path)) return null;
  try {
    return new SourceMap(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return null;
  }
}

/** A position in a file: 1-based line and column, as in a stack frame. */
interface Position {
  file: string;
  line: number;
  column: number;
  name?: string;
}

/**
 * A frame's position in one of the bundles (`apps/<app>/dist/main.js` or one of its
 * `dist/chunks/`), wherever the build ran: the image's `/app/…`, a `file://` URL, a checkout.
 */
const BUNDLE_FRAME =
  /(?:file:\/\/)?[^\s()]*?(apps\/[\w-]+\/dist\/(?:main|chunks\/[\w.-]+)\.js):(\d+):(\d+)/g;

/**
 * Maps the frames of a stack trace, as the bundled api and worker log it (minified, one line), to
 * the TypeScript they were built from, with the build's own source maps: the bundle's
 * (`main.js.map`, written beside it by infra/build/bundle.mjs, never loaded at run time) to
 * tsc's output in `libs/*\/dist` and `apps/*\/dist`, then tsc's map of that file to its `.ts`.
 * `root` is the built tree of the same commit (a checkout after `npm run build`, or the image's
 * `/app`). A frame that no map covers is left as it was; nothing else in the text changes.
 */
export function originalStack(text: string, root: string): string {
  const maps = new Map<string, SourceMap | null>();
  const mapOf = (file: string): SourceMap | null => {
    if (!maps.has(file)) maps.set(file, readMap(`${file}.map`));
    return maps.get(file) ?? null;
  };
  /**
   * One hop through `file`'s map, or null when it has none, it covers no such position, or it
   * names a source that is no file of the tree (`webpack://…`, say).
   */
  const hop = (at: Position): Position | null => {
    let origin: ReturnType<SourceMap['findOrigin']> | undefined;
    try {
      origin = mapOf(at.file)?.findOrigin(at.line, at.column);
    } catch {
      return null;
    }
    if (!origin || !('fileName' in origin) || /^[a-z][\w+.-]*:/i.test(origin.fileName)) {
      return null;
    }
    return {
      file: resolve(dirname(at.file), origin.fileName),
      line: origin.lineNumber,
      column: origin.columnNumber,
      name: origin.name ?? at.name,
    };
  };
  return text.replace(BUNDLE_FRAME, (frame, bundle: string, line: string, column: string) => {
    const compiled = hop({ file: join(root, bundle), line: Number(line), column: Number(column) });
    if (!compiled) return frame;
    const source = hop(compiled) ?? compiled;
    const shown = `${relative(root, source.file)}:${source.line}:${source.column}`;
    return source.name ? `${shown} [${source.name}]` : shown;
  });
}
