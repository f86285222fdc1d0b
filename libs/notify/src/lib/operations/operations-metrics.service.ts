import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Gauge } from 'prom-client';
import { APP_CONFIG, type AppConfig, CLOCK, metricsRegistry, QueueName } from '@gongkai/platform';
import { type Clock, localDateInShanghai, replyClockRunningSql } from '@gongkai/rules';

/** What the gauges read at scrape time; set by the one live `OperationsMetrics`. */
let source: OperationsMetrics | null = null;
function useSource(next: OperationsMetrics | null): void {
  source = next;
}

export const queueDepthGauge = new Gauge({
  name: 'gongkai_queue_depth',
  help: 'Jobs waiting, delayed or running, per queue (the next run of a schedule included)',
  labelNames: ['queue'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const [queue, c] of (await source?.queueCounts()) ?? []) {
      this.set({ queue }, c.waiting + c.active + c.delayed + c.prioritized);
    }
  },
});

export const failedJobsGauge = new Gauge({
  name: 'gongkai_queue_failed_jobs',
  help: 'Failed jobs kept for inspection, per queue',
  labelNames: ['queue'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const [queue, c] of (await source?.queueCounts()) ?? []) this.set({ queue }, c.failed);
  },
});

export const overdueApplicationsGauge = new Gauge({
  name: 'gongkai_applications_overdue',
  help: 'Applications whose reply due date has passed and that are not yet served',
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    const counts = await source?.databaseCounts();
    if (counts) this.set(counts.overdue);
  },
});

export const unrelayedOutboxGauge = new Gauge({
  name: 'gongkai_outbox_unrelayed',
  help: 'Outbox messages not yet handed to a queue (grows while Redis is unreachable)',
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    const counts = await source?.databaseCounts();
    if (counts) this.set(counts.unrelayed);
  },
});

type QueueCounts = Record<'waiting' | 'active' | 'delayed' | 'prioritized' | 'failed', number>;
/** One scrape reads each store once: the gauges share a result for this long. */
const SCRAPE_CACHE_MS = 1_000;

/**
 * Operations gauges on the api's /metrics, read when Prometheus scrapes: queue depth and failed
 * jobs from Redis, overdue applications and the unrelayed outbox from PostgreSQL (two indexed
 * counts). A store that does not answer leaves its gauges out of that scrape.
 */
@Injectable()
export class OperationsMetrics implements OnModuleInit, OnModuleDestroy {
  private queues: Queue[] = [];

  constructor(
    private readonly orm: MikroORM,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    const connection = {
      url: this.config.redisUrl,
      maxRetriesPerRequest: 1,
      retryStrategy: (times: number) => Math.min(times * 200, 5_000),
    };
    this.queues = Object.values(QueueName).map(
      (name) => new Queue(name, { connection, prefix: this.config.queuePrefix }),
    );
    for (const queue of this.queues) queue.on('error', () => undefined);
    useSource(this);
  }

  async onModuleDestroy(): Promise<void> {
    if (source === this) useSource(null);
    await Promise.all(this.queues.map((q) => q.close()));
  }

  private queueRead: { at: number; result: Promise<[string, QueueCounts][]> } | null = null;
  private databaseRead: {
    at: number;
    result: Promise<{ overdue: number; unrelayed: number } | null>;
  } | null = null;

  /** Per queue; empty while Redis is unreachable (no queue figures in that scrape). */
  queueCounts(): Promise<[string, QueueCounts][]> {
    if (!this.queueRead || Date.now() - this.queueRead.at > SCRAPE_CACHE_MS) {
      this.queueRead = {
        at: Date.now(),
        result: Promise.all(
          this.queues.map(async (q) => {
            const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
            const counts: QueueCounts = {
              waiting: c['waiting'] ?? 0,
              active: c['active'] ?? 0,
              delayed: c['delayed'] ?? 0,
              prioritized: c['prioritized'] ?? 0,
              failed: c['failed'] ?? 0,
            };
            return [q.name, counts] as [string, QueueCounts];
          }),
        ).catch(() => []),
      };
    }
    return this.queueRead.result;
  }

  /** Two indexed counts; null while PostgreSQL is unreachable. */
  databaseCounts(): Promise<{ overdue: number; unrelayed: number } | null> {
    if (!this.databaseRead || Date.now() - this.databaseRead.at > SCRAPE_CACHE_MS) {
      const today = localDateInShanghai(this.clock.now());
      const em = this.orm.em.fork();
      this.databaseRead = {
        at: Date.now(),
        result: Promise.all([
          em.execute<{ n: string }[]>(
            `select count(*) as n from "application"
             where ${replyClockRunningSql('application')} and "reply_due_on" < ?`,
            [today],
          ),
          em.execute<{ n: string }[]>(
            `select count(*) as n from "outbox_message" where "relayed_at" is null`,
          ),
        ])
          .then(([applications, outbox]) => ({
            overdue: Number(applications[0]?.n ?? 0),
            unrelayed: Number(outbox[0]?.n ?? 0),
          }))
          .catch(() => null),
      };
    }
    return this.databaseRead.result;
  }
}
