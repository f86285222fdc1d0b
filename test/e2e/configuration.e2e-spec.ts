import { quietSecrets, spawnApp } from '@gongkai/testing';

describe('a bad configuration stops the process with one message naming every bad variable', () => {
  const run = async (entry: string, env: Record<string, string>) => {
    const app = spawnApp(entry, env);
    const code = await app.exited;
    return { code, output: app.output() };
  };

  it('api: PORT=abc and a malformed DATABASE_URL', async () => {
    const { code, output } = await run('apps/api/dist/main.js', {
      ...quietSecrets(),
      PORT: 'abc',
      DATABASE_URL: 'mysql//nowhere',
    });
    expect(code).not.toBe(0);
    expect(output).toContain('Invalid configuration');
    expect(output).toMatch(/PORT must be a port number/);
    expect(output).toMatch(/DATABASE_URL must be a URL starting with postgres:\/\//);
    expect(output.match(/Invalid configuration/g)).toHaveLength(1);
  });

  it('api: production without secrets', async () => {
    const { code, output } = await run('apps/api/dist/main.js', { NODE_ENV: 'production' });
    expect(code).not.toBe(0);
    expect(output).toContain('JWT_SECRET is required when NODE_ENV=production');
    expect(output).toContain('DATA_ENCRYPTION_KEY is required when NODE_ENV=production');
  });

  it('worker: a REDIS_URL that is not redis://', async () => {
    const { code, output } = await run('apps/worker/dist/main.js', {
      ...quietSecrets(),
      REDIS_URL: 'http://127.0.0.1:6379',
      LOG_LEVEL: 'loud',
    });
    expect(code).not.toBe(0);
    expect(output).toContain('REDIS_URL must be a URL starting with redis://');
    expect(output).toContain('LOG_LEVEL');
  });
});
