import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { buildMimeMessage, type MimeSender, parseSender } from './mime-message.js';
import type { Clock } from '@gongkai/rules';
import { APP_CONFIG, CLOCK } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable id of our own record, sent as a header so a resend can be recognised downstream. */
  reference: string;
}

/**
 * Pooling unless SMTP_URL says otherwise (its query wins, e.g. `?pool=false`, `?maxConnections=8`):
 * a new connection per message (greeting, EHLO, QUIT) cost more than the message itself.
 */
const POOL_DEFAULTS = { pool: true, maxConnections: 4, maxMessages: 1_000 } as const;

/** nodemailer over SMTP_URL, pooled by default. The only code that talks SMTP. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;
  private readonly from: string;
  private readonly sender: MimeSender | null;
  /** How many messages to hand over at once: the pool's connections, or one without a pool. */
  readonly parallelism: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.transporter = nodemailer.createTransport({ ...POOL_DEFAULTS, url: config.smtpUrl });
    const options = this.transporter.options as { pool?: unknown; maxConnections?: unknown };
    this.parallelism =
      options.pool === true
        ? Math.max(1, Number(options.maxConnections) || POOL_DEFAULTS.maxConnections)
        : 1;
    this.from = config.mailFrom;
    this.sender = parseSender(config.mailFrom);
  }

  /**
   * The message is built in memory and handed over whole (`raw`): nodemailer's own composer
   * streamed each header line and body chunk into the socket with its own write, and its MIME
   * tree cost more CPU than the rest of the mail job (the S6 profile). An address that cannot
   * be written in ASCII still goes through nodemailer's composer.
   */
  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const parts = { ...mail, headers: { 'X-Gongkai-Reference': mail.reference } };
    const built = this.sender && buildMimeMessage(this.sender, parts, this.clock.now());
    if (built && this.sender) {
      await this.transporter.sendMail({
        envelope: { from: this.sender.address, to: [built.to] },
        raw: built.raw,
      });
      return { messageId: built.messageId };
    }
    const message = new MailComposer({ from: this.from, ...parts }).compile();
    await this.transporter.sendMail({
      envelope: message.getEnvelope(),
      raw: await message.build(),
    });
    return { messageId: message.messageId() };
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
