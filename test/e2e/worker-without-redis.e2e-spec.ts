import { Queue } from 'bullmq';
import { QueueName } from '@gongkai/platform';
import {
  type AppProcess,
  freePort,
  spawnApp,
  startTestStack,
  TcpGate,
  type TestStack,
  TEST_REDIS_URL,
  waitForHttp,
} from '@gongkai/testing';

// A worker started while Redis is away starts anyway: it serves its health port (live, not
// ready), logs the lost connection as a warning now and then instead of a stack per attempt, and
// once Redis is back it is ready and has registered its schedules. The built worker, with Redis
// behind a gate the test shuts and opens.

describe('a worker started while Redis is away', () => {
  let stack: TestStack;
  let gate: TcpGate;
  let worker: AppProcess | undefined;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    gate = await TcpGate.start({ host: '127.0.0.1', port: Number(new URL(TEST_REDIS_URL).port) });
  });

  afterAll(async () => {
    await worker?.stop();
    await stack?.stop();
    await gate?.stop();
  });

  it('serves its health port, warns without a stack per attempt, and schedules once Redis is back', async () => {
    gate.close();
    const healthPort = await freePort();
    const health = `http://127.0.0.1:${healthPort}/health`;
    worker = spawnApp('apps/worker/dist/main.js', {
      ...stack.env,
      REDIS_URL: `redis://127.0.0.1:${gate.port}`,
      WORKER_HEALTH_PORT: String(healthPort),
    });
    await waitForHttp(`${health}/live`, { process: worker });
    await waitForHttp(`${health}/ready`, { status: 503, process: worker });
    // Over seconds of connection attempts (one every 200 ms to 5 s), the output does not grow by
    // a stack per attempt (a few may come before the listeners are on, while it starts).
    const stacks = () => (worker!.output().match(/^\s+at /gm) ?? []).length;
    const before = stacks();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(stacks()).toBe(before);
    expect(worker.output()).toContain('queue connection failed (Redis unreachable?)');

    gate.open();
    await waitForHttp(`${health}/ready`, { process: worker });
    const queue = new Queue(QueueName.STATISTICS, {
      connection: { url: TEST_REDIS_URL },
      prefix: stack.queuePrefix,
    });
    try {
      let keys: string[] = [];
      for (let tries = 0; keys.length < 2 && tries < 200; tries++) {
        keys = (await queue.getJobSchedulers()).map((s) => s.key ?? '').sort();
        if (keys.length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(keys).toEqual(['statistics.draft-annual-reports', 'statistics.publish-due-quarter']);
    } finally {
      await queue.close();
    }
  }, 120_000);
});
