import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest, InjectOptions } from 'fastify';
import { Role } from '@gongkai/data';
import { AccountStates } from '@gongkai/identity';
import { APP_CONFIG, type AppConfig, QueueName } from '@gongkai/platform';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

interface Dashboard {
  readonly server: FastifyInstance;
  readonly queues: Queue[];
}

/**
 * Bull Board at /admin/queues, for administrators only: every request (page, assets, its JSON
 * API) must carry `Authorization: Bearer <access token>` of an enabled account with the ADMIN role
 * (read as AuthGuard reads it); anything
 * else is 401/403 before Bull Board sees it. Failed jobs stay in the queues for inspection and
 * retry from here.
 *
 * Bull Board, its queue connections and the Fastify instance that serves it are made on the first
 * administrator's request, not at start: almost no request needs them, and loaded they hold about
 * 10 MB of the api's heap (prisma-free-docs/performance.md §4). Requests reach it through
 * `inject`, in process.
 */
export async function mountQueueDashboard(
  app: NestFastifyApplication,
): Promise<() => Promise<void>> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const accounts = app.get(AccountStates);
  let dashboard: Promise<Dashboard> | null = null;
  const open = (): Promise<Dashboard> => {
    dashboard ??= openDashboard(config).catch((error: unknown) => {
      dashboard = null;
      throw error;
    });
    return dashboard;
  };
  const forward = async (request: FastifyRequest, reply: FastifyReply) => {
    const { server } = await open();
    const { host: _host, 'content-length': _length, ...headers } = request.headers;
    const answer = await server.inject({
      method: request.method as 'GET',
      url: request.url,
      headers,
      ...(request.body === undefined ? {} : { payload: request.body as InjectOptions['payload'] }),
    });
    const {
      'content-length': _answerLength,
      'transfer-encoding': _encoding,
      connection: _connection,
      ...answerHeaders
    } = answer.headers;
    return reply.code(answer.statusCode).headers(answerHeaders).send(answer.rawPayload);
  };

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
      scope.all('/', forward);
      scope.all('/*', forward);
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
  return async () => {
    if (!dashboard) return;
    const { server, queues } = await dashboard.catch(() => ({ server: null, queues: [] }));
    await Promise.all([server?.close(), ...queues.map((q) => q.close())]);
  };
}

async function openDashboard(config: AppConfig): Promise<Dashboard> {
  const [
    { createBullBoard },
    { BullMQAdapter },
    { FastifyAdapter },
    { Queue },
    { default: Fastify },
  ] = await Promise.all([
    import('@bull-board/api'),
    import('@bull-board/api/bullMQAdapter'),
    import('@bull-board/fastify'),
    import('bullmq'),
    import('fastify'),
  ]);
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
  const server = Fastify();
  await server.register(serverAdapter.registerPlugin() as never, { prefix: QUEUE_DASHBOARD_PATH });
  await server.ready();
  return { server, queues };
}
