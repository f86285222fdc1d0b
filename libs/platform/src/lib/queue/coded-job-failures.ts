import { Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DomainError } from '@gongkai/rules';
import { outlineError } from '../errors/error-outline.js';

/** One of our codes, possibly followed by code-like words (`MAIL.SEND_PENDING EENVELOPE 450`). */
const OWN_CODE = /^[A-Z][A-Z0-9_]*\.[A-Z0-9_]+(?: [A-Za-z0-9_.:-]+)*$/;

/**
 * BullMQ's own control-flow errors (a job moved to delayed, waiting for children, rate limited):
 * thrown on purpose, carrying no data, and recognised by BullMQ by name.
 */
const BULLMQ_SIGNALS = new Set([
  'DelayedError',
  'WaitingChildrenError',
  'WaitingError',
  'RateLimitError',
]);

/** The failure a job's error leaves in Redis when it is not one of ours. */
export const JOB_FAILED = 'JOB.FAILED';

/**
 * The error a failed job is left with. BullMQ keeps its message (`failedReason`) and its stack
 * in Redis, and Bull Board shows both, so what is kept is a code: a message that is one of our
 * codes stays; a DomainError becomes its code; anything else becomes `JOB.FAILED` with its class
 * and driver code (`JOB.FAILED UniqueConstraintViolationException 23505`) and keeps its stack
 * frames, never its message (`outlineError`). An UnrecoverableError stays one, so BullMQ still
 * does not retry it, and BullMQ's own signals pass as they are.
 */
export function codedJobFailure(error: unknown): Error {
  if (
    error instanceof Error &&
    !(error instanceof DomainError) &&
    (OWN_CODE.test(error.message) || BULLMQ_SIGNALS.has(error.name))
  ) {
    return error;
  }
  let message: string;
  let frames: readonly string[] = [];
  if (error instanceof DomainError) {
    message = error.code;
    frames = outlineError(error).frames;
  } else if (error instanceof Error) {
    const outline = outlineError(error);
    message = [JOB_FAILED, outline.errorClass, outline.errorCode].filter(Boolean).join(' ');
    frames = outline.frames;
  } else {
    message = `${JOB_FAILED} ${typeof error}`;
  }
  const coded =
    error instanceof UnrecoverableError ? new UnrecoverableError(message) : new Error(message);
  coded.stack = [`${coded.name}: ${message}`, ...frames.map((frame) => `    ${frame}`)].join('\n');
  return coded;
}

const logger = new Logger('Jobs');

/**
 * For a processor's `process`: a failure leaves Redis and the log as `codedJobFailure` makes it.
 * The log line has the queue, the job id, the attempt and the coded reason, with the stack
 * frames of an error that was not already one of our codes.
 */
export function CodedJobFailures(): MethodDecorator {
  return (_target, _key, descriptor: PropertyDescriptor) => {
    const process = descriptor.value as (this: unknown, ...args: unknown[]) => Promise<unknown>;
    descriptor.value = async function (this: unknown, ...args: unknown[]): Promise<unknown> {
      try {
        return await process.apply(this, args);
      } catch (error) {
        const coded = codedJobFailure(error);
        const job = args[0] as { queueName?: string; id?: string; attemptsMade?: number };
        logger.warn({
          msg: 'job failed',
          queue: job?.queueName,
          jobId: job?.id,
          attempt: (job?.attemptsMade ?? 0) + 1,
          reason: coded.message,
          ...(coded === error ? {} : { frames: outlineError(coded).frames }),
        });
        throw coded;
      }
    };
    return descriptor;
  };
}
