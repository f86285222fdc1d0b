import type { EventEmitter } from 'node:events';
import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Queue } from 'bullmq';

/** The host's BullMQ worker, or undefined before @nestjs/bullmq has made it. */
function workerOf(host: WorkerHost): WorkerHost['worker'] | undefined {
  try {
    return host.worker;
  } catch {
    return undefined;
  }
}

/** At most one warning a minute while Redis stays away. */
const WARN_EVERY_MS = 60_000;

/**
 * BullMQ's queues and workers report every failed connection attempt as an `error` event, and
 * print it to stderr as a whole stack (`console.error`) when nobody listens: while Redis is away,
 * several a second, outside the JSON log. This listens on every queue and worker of the process
 * and logs one warning a minute instead, with the error's code only.
 */
@Injectable()
export class QueueConnectionLog implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Queues');
  private lastWarning = 0;

  constructor(private readonly discovery: DiscoveryService) {}

  /** The queues exist once every provider is built; the workers of modules initialised before. */
  onModuleInit(): void {
    this.listen();
  }

  /** Every worker exists once every module's onModuleInit (@nestjs/bullmq's makes them) has run. */
  onApplicationBootstrap(): void {
    this.listen();
  }

  private readonly listening = new WeakSet<object>();

  private listen(): void {
    for (const { instance } of this.discovery.getProviders()) {
      // Both are EventEmitters (BullMQ's QueueBase); their typed `on` overloads do not unite.
      const emitter: EventEmitter | undefined =
        instance instanceof Queue
          ? instance
          : instance instanceof WorkerHost
            ? workerOf(instance)
            : undefined;
      if (!emitter || this.listening.has(emitter)) continue;
      this.listening.add(emitter);
      emitter.on('error', this.onError);
    }
  }

  private readonly onError = (error: Error & { code?: string }): void => {
    const now = Date.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = now;
    this.logger.warn({ msg: 'queue connection failed (Redis unreachable?)', code: error.code });
  };
}

/**
 * Runs a scheduler's `ensure` (its job schedulers and catch-up jobs) without holding up the
 * process's start: while Redis is away the worker still starts and serves its health port, and
 * `ensure` completes once Redis is back (the worker's connection waits for it). A failure is one
 * warning naming `what`.
 */
export function ensureInBackground(
  logger: Logger,
  what: string,
  ensure: () => Promise<unknown>,
): void {
  ensure().catch(() => logger.warn({ msg: `${what} not registered (Redis unreachable?)` }));
}
