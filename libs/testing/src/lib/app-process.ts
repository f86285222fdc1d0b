import { type ChildProcess, spawn } from 'node:child_process';
import { NODE_BIN, REPO_ROOT } from './paths.js';

export interface AppProcess {
  child: ChildProcess;
  /** Everything the process wrote, for failure messages. */
  output(): string;
  /** Sends a signal and resolves with the exit code once the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
}

/** Runs a built entry point (e.g. `apps/api/dist/main.js`) as the real process would run. */
export function spawnApp(
  entry: string,
  env: Record<string, string>,
  args: readonly string[] = [],
): AppProcess {
  const child = spawn(NODE_BIN, [entry, ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    child,
    output: () => output,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Polls `url` until it answers `status` (default 200) or the time runs out. */
export async function waitForHttp(
  url: string,
  options: { status?: number; timeoutMs?: number; process?: AppProcess } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (options.process && options.process.child.exitCode !== null) {
      throw new Error(
        `process exited (${options.process.child.exitCode}) before ${url} answered:\n${options.process.output()}`,
      );
    }
    try {
      const response = await fetch(url);
      if (response.status === (options.status ?? 200)) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `${url} did not answer ${options.status ?? 200} in time (last: ${last})${options.process ? `\n${options.process.output()}` : ''}`,
  );
}
