import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './free-port.js';

export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail['headers'];
}

/** A real SMTP server on loopback that keeps every message it is sent, parsed. */
export class SmtpSink {
  readonly messages: CapturedMail[] = [];
  private waiters: (() => void)[] = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  /**
   * `delayMs` holds each message before accepting it, to keep a send in flight;
   * `rejectRecipient` refuses the addresses it matches with `550 mailbox unavailable`.
   */
  static async start(
    options: { delayMs?: number; rejectRecipient?: (address: string) => boolean } = {},
  ): Promise<SmtpSink> {
    const port = await freePort();
    const captured: { sink?: SmtpSink } = {};
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (options.rejectRecipient?.(address.address)) {
          const error = Object.assign(new Error('mailbox unavailable'), { responseCode: 550 });
          callback(error);
          return;
        }
        callback();
      },
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then(async (mail) => {
            if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
            captured.sink?.capture(mail);
            callback();
          })
          .catch(callback);
      },
    });
    const sink = new SmtpSink(server, port);
    captured.sink = sink;
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  private capture(mail: ParsedMail): void {
    const addresses = (value: AddressObject | AddressObject[] | undefined) =>
      (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) =>
        a.value.map((v) => v.address ?? ''),
      );
    this.messages.push({
      to: addresses(mail.to),
      subject: mail.subject ?? '',
      text: mail.text ?? '',
      html: typeof mail.html === 'string' ? mail.html : '',
      headers: mail.headers,
    });
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves with the first captured message matching `predicate`, waiting up to `timeoutMs`. */
  async waitFor(
    predicate: (mail: CapturedMail) => boolean,
    timeoutMs = 15_000,
  ): Promise<CapturedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `no matching e-mail within ${timeoutMs} ms (captured ${this.messages.length})`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
