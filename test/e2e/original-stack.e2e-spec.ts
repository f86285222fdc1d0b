import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@gongkai/testing';

// `npm run -s stack`: a stack trace as the built (bundled, minified) api and worker log it, mapped
// back to the TypeScript through the source maps the build writes beside each bundle.

/** Where `text` starts in a built or source file: 1-based line and column. */
function positionOf(file: string, text: string): { line: number; column: number } {
  const content = readFileSync(join(REPO_ROOT, file), 'utf8');
  const at = content.indexOf(text);
  if (at < 0) throw new Error(`${text} is not in ${file}`);
  const before = content.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

function stack(input: string): string {
  const run = spawnSync('npm', ['run', '-s', 'stack'], { cwd: REPO_ROOT, input, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run stack failed: ${run.stderr}`);
  return run.stdout;
}

it('maps frames in the api and worker bundles to their TypeScript source, and leaves the rest alone', () => {
  // Two places whose source is known: a log line of the worker's entry, and a call of the
  // identity library inside the api's bundle.
  const worker = positionOf('apps/worker/dist/main.js', 'worker started');
  const workerSource = positionOf('apps/worker/src/entry.ts', 'worker started');
  const api = positionOf('apps/api/dist/main.js', 'consume(`registerApplicantPerEmail`');
  const apiSource = positionOf(
    'libs/identity/src/lib/register-applicant.use-case.ts',
    "consume('registerApplicantPerEmail'",
  );
  const trace = [
    'Error: JOB.FAILED TypeError',
    `    at Worker.run (/app/apps/worker/dist/main.js:${worker.line}:${worker.column})`,
    `    at file:///srv/gongkai/apps/api/dist/main.js:${api.line}:${api.column}`,
    '    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)',
    '',
  ].join('\n');

  const mapped = stack(trace).split('\n');
  expect(mapped[0]).toBe('Error: JOB.FAILED TypeError');
  expect(mapped[1]).toMatch(
    new RegExp(`^    at Worker\\.run \\(apps/worker/src/entry\\.ts:${workerSource.line}:\\d+`),
  );
  expect(mapped[2]).toMatch(
    new RegExp(
      `^    at libs/identity/src/lib/register-applicant\\.use-case\\.ts:${apiSource.line}:\\d+`,
    ),
  );
  expect(mapped[3]).toBe(
    '    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)',
  );
  // A position no map covers, or a bundle that is not there, is left as it was.
  const unknown = '    at x (/app/apps/nothing/dist/main.js:1:1)\n';
  expect(stack(unknown)).toBe(unknown);
});
