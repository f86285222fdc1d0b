import { DelayedError, UnrecoverableError } from 'bullmq';
import { DomainError } from '@gongkai/rules';
import { codedJobFailure } from './coded-job-failures.js';

/** A driver error as MikroORM words it: the statement with its values inlined. */
class UniqueConstraintViolationException extends Error {
  readonly code = '23505';
}
const driverError = () =>
  new UniqueConstraintViolationException(
    `insert into "app_user" ("email", "display_name") values ('zhang.san@example.cn', '张三') - duplicate key value violates unique constraint "app_user_email_unique"`,
  );

describe('codedJobFailure: what a failed job leaves in Redis', () => {
  it('keeps the class, the driver code and the frames of a foreign error, never its message', () => {
    const original = driverError();
    const coded = codedJobFailure(original);
    expect(coded.message).toBe('JOB.FAILED UniqueConstraintViolationException 23505');
    expect(coded.stack).not.toContain('zhang.san');
    expect(coded.stack).not.toContain('张三');
    expect(coded.stack!.split('\n')[0]).toBe(`Error: ${coded.message}`);
    // The frames are the original's: where it failed, not where it was coded.
    expect(coded.stack!.split('\n').slice(1)).toEqual(
      original
        .stack!.split('\n')
        .filter((line) => line.trim().startsWith('at '))
        .slice(0, 12),
    );
    expect(coded).not.toBeInstanceOf(UnrecoverableError);
    // A message of several lines, one of them like a frame: still not kept.
    const twoLines = new Error(`select 1 - failed\nat 张三, zhang.san@example.cn`);
    expect(codedJobFailure(twoLines).stack).not.toContain('zhang.san');
  });

  it('keeps our own coded messages as they are, and a DomainError as its code', () => {
    const own = new Error('MAIL.SEND_PENDING EENVELOPE 450');
    expect(codedJobFailure(own)).toBe(own);
    const unknownTopic = new UnrecoverableError('NOTICE.UNKNOWN_TOPIC mail.acknowledgment');
    expect(codedJobFailure(unknownTopic)).toBe(unknownTopic);
    const domain = new DomainError('MAIL.INVALID_TEMPLATE_DATA', 'field "to" of 张三 is bad');
    expect(codedJobFailure(domain).message).toBe('MAIL.INVALID_TEMPLATE_DATA');
    expect(codedJobFailure(domain).stack).not.toContain('张三');
    // BullMQ's own signal to move a job to delayed is recognised by its name: it passes.
    const delayed = new DelayedError();
    expect(codedJobFailure(delayed)).toBe(delayed);
  });

  it('codes a message that only starts like one of ours, and keeps an unrecoverable error unrecoverable', () => {
    const quoting = new UnrecoverableError('MAIL.FAILED 550 <zhang.san@example.cn> unknown user');
    const coded = codedJobFailure(quoting);
    expect(coded.message).toBe('JOB.FAILED UnrecoverableError');
    expect(coded).toBeInstanceOf(UnrecoverableError);
    expect(codedJobFailure('a string with zhang.san@example.cn').message).toBe('JOB.FAILED string');
  });
});
