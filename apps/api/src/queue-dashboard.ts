import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { Role } from '@gongkai/data';
import { AccountStates } from '@gongkai/identity';
import { APP_CONFIG, type AppConfig, QueueName } from '@gongkai/platform';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board at /admin/queues, for administrators only: every request (page, assets, its JSON
 * API) must carry `Authorization: Bearer <access token>` of an enabled account with the ADMIN role
 * (read as AuthGuard reads it); anything
 * else is 401/403 before Bull Board sees it. Failed jobs stay in the queues for inspection and
 * retry from here.
 */
export async function mountQueueDashboard(
  app: NestFastifyApplication,
): Promise<() => Promise<void>> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const accounts = app.get(AccountStates);
  const connection = {
    url: config.redisUrl,
    maxRetriesPerRequest: 1,
    retryStrategy: (times: number) => Math.min(times * 200, 5_000),
  };
  const queues = Object.values(QueueName).map(
    (name) => new Queue(name, { connection, prefix: config.queuePrefix }),
  );
  for (const queue of queues) queue.on('error', () => undefined);
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter });

  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.register(
    async (scope) => {
      scope.addHook('onRequest', async (request, reply) => {
        const principal = await accounts.authenticate(request.headers.authorization);
        if (!principal) {
          return reply
            .code(401)
            .header('www-authenticate', 'Bearer')
            .send({ code: 'UNAUTHENTICATED', message: '请先登录 (sign in first)' });
        }
        if (!principal.roles.includes(Role.ADMIN)) {
          return reply.code(403).send({ code: 'FORBIDDEN', message: '无权访问 (not allowed)' });
        }
      });
      await scope.register(serverAdapter.registerPlugin() as never);
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
  return async () => {
    await Promise.all(queues.map((q) => q.close()));
  };
}
