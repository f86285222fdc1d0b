#!/usr/bin/env node
// `npm start`: the whole system on one machine, with demo data, for trying Gongkai out.
//   1. PostgreSQL and Redis reachable (infra/local/services.sh up)
//   2. build, create + migrate the database, load demo data when it is empty
//   3. api + worker + a mail catcher (maildev) that shows every e-mail the system sends
//   4. the web portal (the built apps/portal, /graphql proxied to the api) on PORTAL_PORT
// Ctrl-C stops everything. PORT moves the api; PORTAL_PORT the portal (default 5173);
// MAILDEV_WEB_PORT the mail catcher's web UI.
import { spawn, spawnSync } from 'node:child_process';

const env = { ...process.env, NODE_ENV: process.env.NODE_ENV || 'development' };
const port = Number(env.PORT || 3000);
const smtp = new URL(env.SMTP_URL || 'smtp://127.0.0.1:1025');
const mailWebPort = Number(env.MAILDEV_WEB_PORT || 1080);
const portalPort = Number(env.PORTAL_PORT || 5173);
env.GONGKAI_API_URL = env.GONGKAI_API_URL || `http://127.0.0.1:${port}`;
const workerHealthPort = Number(env.WORKER_HEALTH_PORT || port + 1);
env.WORKER_HEALTH_PORT = String(workerHealthPort);

const say = (line) => process.stdout.write(`[start] ${line}\n`);

function step(title, command, args) {
  say(title);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    say(`✖ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

step('checking PostgreSQL and Redis', 'bash', ['infra/local/services.sh', 'up']);
step('building', 'npm', ['run', '-s', 'build']);
step('creating and migrating the database', 'npm', ['run', '-s', 'db:migrate']);
step('loading demo data (only into an empty database)', 'npm', ['run', '-s', 'db:seed-demo']);

const children = [];
let stopping = false;

function run(name, command, args) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (stream, target) => {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) target.write(`[${name}] ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} exited (${signal ?? code}); stopping everything`);
      void stopAll(1);
    }
  });
  children.push({ name, child });
  return child;
}

async function stopAll(exitCode) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await Promise.all(
    children.map(
      ({ child }) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 12_000).unref();
        }),
    ),
  );
  say('stopped');
  process.exit(exitCode);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

// maildev 3.0.0 serves its web UI at /index.html (its "/" answers 404).
const localSmtp = ['127.0.0.1', 'localhost', '[::1]'].includes(smtp.hostname);
if (localSmtp) {
  run('mail', 'maildev', [
    '--smtp',
    smtp.port || '1025',
    '--ip',
    '127.0.0.1',
    '--web',
    String(mailWebPort),
    '--web-ip',
    '127.0.0.1',
    '--silent',
  ]);
}
// A small young generation (the default grows to 128 MB, all resident): 16 MB for the api, 32 MB
// for the worker (operations.md §5).
run('api', 'node', ['--max-semi-space-size=8', 'apps/api/dist/main.js']);
run('worker', 'node', ['--max-semi-space-size=16', 'apps/worker/dist/main.js']);
run('portal', 'vite', [
  'preview',
  'apps/portal',
  '--port',
  String(portalPort),
  '--strictPort',
  '--logLevel',
  'warn',
]);

async function waitReady(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

if (
  (await waitReady(`http://127.0.0.1:${port}/health/ready`)) &&
  (await waitReady(`http://127.0.0.1:${workerHealthPort}/health/ready`)) &&
  (await waitReady(`http://127.0.0.1:${portalPort}/`))
) {
  const lines = [
    '',
    '  公开 Gongkai is running',
    '',
    `  Web portal       http://localhost:${portalPort}/  (apply, track; staff sign in)`,
    `  GraphQL API      http://localhost:${port}/graphql`,
    `  Health           http://localhost:${port}/health/ready`,
    `  Metrics          http://localhost:${port}/metrics`,
    localSmtp
      ? `  Mail catcher     http://localhost:${mailWebPort}/index.html  (every e-mail the system sends)`
      : `  Mail             sent to ${smtp.host}`,
    '',
    '  Demo logins (password: gongkai-demo)',
    '    admin@demo.gongkai.cn        administrator',
    '    supervisor@demo.gongkai.cn   supervisor (赤水市人民政府)',
    '    officer@demo.gongkai.cn      case officer',
    '    officer2@demo.gongkai.cn     case officer',
    '    applicant@demo.gongkai.cn    applicant',
    '',
    '  Ctrl-C stops everything.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} else if (!stopping) {
  say('the api, worker or portal did not become ready within 60 s');
  await stopAll(1);
}
