import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable id of our own record, sent as a header so a resend can be recognised downstream. */
  reference: string;
}

/** nodemailer over SMTP_URL, pooled. The only code that talks SMTP. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;
  private readonly from: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // `?pool=true` in the URL turns on pooling; the default is one connection per message.
    this.transporter = nodemailer.createTransport(config.smtpUrl);
    this.from = config.mailFrom;
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const info = await this.transporter.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { 'X-Gongkai-Reference': mail.reference },
    });
    return { messageId: String(info.messageId) };
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
