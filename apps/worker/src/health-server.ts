import { createServer, type Server } from 'node:http';
import { MikroORM } from '@mikro-orm/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Redis } from 'ioredis';
import { type AppConfig, pingDatabase } from '@gongkai/platform';

/**
 * A health port for orchestrators: `/health/live` and `/health/ready` (PostgreSQL and Redis
 * answer). Nothing else is served: the worker has no public HTTP API.
 */
export function startHealthServer(app: INestApplicationContext, config: AppConfig): Server {
  const orm = app.get(MikroORM);
  const redis = new Redis(config.redisUrl, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
  });
  redis.on('error', () => undefined);

  const ready = async () => {
    const [database, redisUp] = await Promise.all([
      pingDatabase(orm.em),
      (redis.status === 'wait' ? redis.connect() : Promise.resolve())
        .then(() => redis.ping())
        .then((pong) => pong === 'PONG')
        .catch(() => false),
    ]);
    return { database, redis: redisUp };
  };

  const server = createServer((req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (req.url === '/health/live') return reply(200, { status: 'ok' });
    if (req.url === '/health/ready') {
      void ready().then((checks) =>
        reply(checks.database && checks.redis ? 200 : 503, {
          status: checks.database && checks.redis ? 'ok' : 'error',
          checks,
        }),
      );
      return;
    }
    reply(404, { status: 'not found' });
  });
  server.on('close', () => redis.disconnect());
  server.listen(config.workerHealthPort, '0.0.0.0');
  return server;
}
