import { EntityManager } from '@mikro-orm/postgresql';
import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { EmailMessage } from '@gongkai/data';
import { CLOCK, type JobPayloads, QueueName } from '@gongkai/platform';
import { type Clock, DomainError, validateEmail } from '@gongkai/rules';
import { enqueueEmails } from '../support/email-records.js';

/**
 * An administrator checks the mail path end to end: the api records the message and enqueues its
 * job; the worker renders and sends it through SMTP.
 */
@Injectable()
export class SendTestEmailUseCase {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectQueue(QueueName.MAIL) private readonly mailQueue: Queue<JobPayloads['mail.send']>,
  ) {}

  async execute(command: { to: string }): Promise<EmailMessage> {
    const to = command.to.trim();
    if (!validateEmail(to).ok)
      throw new DomainError('MAIL.INVALID_RECIPIENT', '邮箱地址格式不正确 (not an e-mail address)');
    const em = this.em.fork();
    const message = new EmailMessage({
      recipient: to,
      template: 'diagnostic',
      data: { requestedAt: this.clock.now().toISOString() },
    });
    await em.persist(message).flush();
    await enqueueEmails(this.mailQueue, [message.id]);
    return message;
  }
}
