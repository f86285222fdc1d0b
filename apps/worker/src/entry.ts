import '@gongkai/platform/assert-node';
import '@gongkai/platform/heap-growth';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfigOrExit } from '@gongkai/platform';
import { startHealthServer } from './health-server.js';
import { WorkerModule } from './worker.module.js';

/** How long in-flight jobs get to finish after SIGTERM/SIGINT before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 9_000;

const config = loadConfigOrExit();
const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
  bufferLogs: true,
});
const logger = app.get(Logger);
app.useLogger(logger);
const health = startHealthServer(app, config);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  logger.log({ msg: 'worker stopping: finishing in-flight jobs', signal });
  // A job still running after the grace period is released: BullMQ's stalled-job check hands it
  // to another worker, so nothing is lost.
  setTimeout(() => {
    logger.warn({ msg: 'worker did not stop in time; exiting' });
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
  health.close();
  app
    .close()
    .then(() => process.exit(0))
    .catch(() => process.exit(1));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
logger.log({ msg: 'worker started', healthPort: config.workerHealthPort });
