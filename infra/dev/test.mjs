#!/usr/bin/env node
// `npm test`: every gate, in the order that fails fastest. Each step runs on the Node 24 that
// `npm ci` installed (npm puts node_modules/.bin first on PATH).
import { spawnSync } from 'node:child_process';

const steps = [
  ['services (PostgreSQL, Redis)', ['bash', 'infra/local/services.sh', 'up']],
  ['lint', ['npm', 'run', '-s', 'lint']],
  ['format', ['npm', 'run', '-s', 'format:check']],
  ['typecheck', ['npm', 'run', '-s', 'typecheck']],
  ['build', ['npm', 'run', '-s', 'build']],
  ['unit, integration and end-to-end tests', ['npx', 'jest', '--ci', '--maxWorkers=3'], true],
];

for (const [name, [command, ...args], esm] of steps) {
  process.stdout.write(`\n▶ ${name}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    // Jest runs native ESM through vm modules.
    env: esm
      ? {
          ...process.env,
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
        }
      : process.env,
  });
  if (result.status !== 0) {
    process.stdout.write(`\n✖ ${name} failed\n`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
