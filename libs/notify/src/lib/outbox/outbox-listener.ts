import type { LoggerService } from '@nestjs/common';
import pg from 'pg';

/** The listener's PostgreSQL application name: `pg_stat_activity` shows it. */
export const OUTBOX_LISTENER_APPLICATION_NAME = 'gongkai-outbox-listener';
/** Reconnection delays grow to this while PostgreSQL is unreachable. */
const MAX_RECONNECT_DELAY_MS = 5_000;

/**
 * One dedicated PostgreSQL connection that LISTENs on a channel and calls `onNotify` for every
 * notification, and once after each (re)connection (notifications sent while it was away are
 * lost, so the relay should look at once). A lost connection (PostgreSQL restarted, the backend
 * terminated, the network cut: TCP keepalive notices a silent peer) is reconnected with a backoff
 * up to 5 s; meanwhile the relay's polling carries on alone. It holds no transaction and no lock.
 */
export class OutboxListener {
  private client: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly onNotify: () => void,
    private readonly logger: LoggerService,
  ) {}

  /** Connects once; resolves either way (a failure schedules the reconnection). */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: OUTBOX_LISTENER_APPLICATION_NAME,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      if (this.client === client) {
        this.client = null;
        if (!this.stopped) this.logger.warn({ msg: 'outbox listener lost its connection' });
      }
      client.removeAllListeners('notification');
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', onLost);
    client.on('end', onLost);
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onNotify();
    });
    try {
      await client.connect();
      // The channel is a fixed identifier of ours, not input.
      await client.query(`listen "${this.channel}"`);
    } catch (error) {
      if (this.failures === 0 || (this.failures + 1) % 20 === 0) {
        // The class only: driver messages can quote connection strings.
        this.logger.warn({
          msg: 'outbox listener cannot LISTEN; the relay polls meanwhile',
          error: error instanceof Error ? error.constructor.name : 'unknown',
          failures: this.failures + 1,
        });
      }
      onLost();
      return;
    }
    if (lost || this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    if (this.failures > 0) this.logger.log({ msg: 'outbox listener listening again' });
    this.failures = 0;
    this.client = client;
    this.onNotify();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.timer) return;
    this.failures += 1;
    const delay = Math.min(250 * 2 ** (this.failures - 1), MAX_RECONNECT_DELAY_MS);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, delay);
  }
}
