import { Socket } from 'node:net';
import { Readable } from 'node:stream';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type SentMessageInfo, type Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type MailMessage from 'nodemailer/lib/mailer/mail-message';
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

/**
 * Makes what is written to `socket` during one turn of the event loop leave in one `writev`.
 * nodemailer answers the server's 354 with the message and then its terminating dot, two writes
 * a few ticks apart; each is a system call and, on a local relay, the receiving side's TCP work
 * too: socket writes were a fifth of the worker's CPU per e-mail in S6
 * (prisma-free-docs/performance.md). The first write of a turn corks the socket, the check phase
 * (`setImmediate`), after the ticks that finish the message, uncorks it. Installed on the
 * instance once it is connecting: `connect` puts `Socket.prototype.write` back on a socket whose
 * `write` differs, so a subclass's `write` would be dropped.
 */
export function coalesceWrites(socket: Socket): Socket {
  const write = socket.write;
  let corked = false;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  socket.write = function (this: Socket, ...args: Parameters<Socket['write']>): boolean {
    if (!corked) {
      corked = true;
      this.cork();
      setImmediate(uncork);
    }
    return (write as (...rest: typeof args) => boolean).apply(this, args);
  } as Socket['write'];
  return socket;
}

/**
 * nodemailer's `getSocket`: each SMTP connection on a socket of our own, handed over connecting
 * (`connection`), its writes coalesced; nodemailer does the rest as on its own sockets: the
 * greeting (whose timeout also bounds a connect that hangs), STARTTLS or implicit TLS,
 * authentication. A `proxy` in SMTP_URL replaces this with nodemailer's own proxy sockets.
 */
function coalescingSocket(
  options: { host?: string; port?: number | string; secure?: boolean; localAddress?: string },
  callback: (error: Error | null, socket: { connection: Socket }) => void,
): void {
  const socket = new Socket().connect({
    host: options.host || 'localhost',
    port: Number(options.port) || (options.secure ? 465 : 587),
    ...(options.localAddress ? { localAddress: options.localAddress } : {}),
  });
  callback(null, { connection: coalesceWrites(socket) });
}

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
    this.transporter = nodemailer.createTransport({
      ...POOL_DEFAULTS,
      url: config.smtpUrl,
      getSocket: coalescingSocket,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    const options = this.transporter.options as { pool?: unknown; maxConnections?: unknown };
    this.parallelism =
      options.pool === true
        ? Math.max(1, Number(options.maxConnections) || POOL_DEFAULTS.maxConnections)
        : 1;
    this.from = config.mailFrom;
    this.sender = parseSender(config.mailFrom);
  }

  /**
   * The message is built in memory and handed whole to nodemailer's SMTP transport (its pool of
   * connections, or one connection per message with `?pool=false`). nodemailer's own composer
   * streamed each header line and body chunk into the socket with its own write, and its MIME
   * tree cost more CPU than the rest of the mail job (the S6 profile). An address that cannot
   * be written in ASCII still goes through nodemailer's composer.
   */
  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const parts = { ...mail, headers: { 'X-Gongkai-Reference': mail.reference } };
    const built = this.sender && buildMimeMessage(this.sender, parts, this.clock.now());
    if (built && this.sender) {
      await this.deliver({ from: this.sender.address, to: [built.to] }, built.messageId, built.raw);
      return { messageId: built.messageId };
    }
    const message = new MailComposer({ from: this.from, ...parts }).compile();
    await this.deliver(message.getEnvelope(), message.messageId(), await message.build());
    return { messageId: message.messageId() };
  }

  /**
   * Hands a finished message to the transport's `send` (the interface nodemailer's `sendMail`
   * itself ends in), skipping `sendMail`: for a `raw` message it only wrapped the bytes in a MIME
   * tree and a stream pipeline again, about a sixth of the worker's CPU per e-mail in S6. The
   * transport still owns the SMTP side: the pool's connections and their reuse, TLS,
   * authentication, timeouts, the reset after a refused message, and the requeue of a message
   * whose reused connection the server had closed. The object is the part of nodemailer's
   * `MailMessage` its SMTP transports read.
   */
  private deliver(
    envelope: { from: string | false; to: string[] },
    messageId: string,
    raw: Buffer,
  ): Promise<void> {
    const mail = {
      data: {},
      message: {
        getEnvelope: () => envelope,
        messageId: () => messageId,
        getHeader: (name: string) => (name.toLowerCase() === 'message-id' ? messageId : undefined),
        // One chunk: the transport writes it through its dot-stuffing stream into the socket.
        createReadStream: () => Readable.from(raw),
      },
    } as unknown as MailMessage<SentMessageInfo>;
    return new Promise((resolve, reject) => {
      this.transporter.transporter.send(mail, (error) => (error ? reject(error) : resolve()));
    });
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
