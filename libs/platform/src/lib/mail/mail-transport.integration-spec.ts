import { createServer, Socket } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import type { AppConfig } from '../config/app-config.js';
import { coalesceWrites, MailTransport } from './mail-transport.js';

/** What the server saw of one message: the envelope, the parsed message, the session. */
interface Received {
  from: string;
  to: string[];
  mail: ParsedMail;
  secure: boolean;
  user: string | undefined;
}

/** A real SMTP server on loopback (smtp-server) that keeps what it receives and counts connections. */
async function startServer(options: Partial<SMTPServerOptions> = {}) {
  const received: Received[] = [];
  let connections = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      connections++;
      callback();
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('refused')) {
        callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            mail,
            secure: session.secure,
            user: session.user as string | undefined,
          });
          callback();
        })
        .catch(callback);
    },
    ...options,
  });
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    received,
    connections: () => connections,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Server = Awaited<ReturnType<typeof startServer>>;

const transportFor = (smtpUrl: string) =>
  new MailTransport({ smtpUrl, mailFrom: '公开系统 <noreply@gongkai.test>' } as AppConfig, {
    now: () => new Date('2026-11-27T08:00:00Z'),
  });

const mailTo = (to: string, reference = `ref-${to}`) => ({
  to,
  subject: '提醒：答复期限将至',
  text: '张三：\n\n您的申请即将到期。',
  html: '<p>张三：</p><p>您的申请即将到期。</p>',
  reference,
});

/**
 * MailTransport against a real SMTP server: the message goes out whole through nodemailer's
 * transport (its pool, TLS, authentication), a refused recipient fails only its own message, and
 * a connection the server closed is replaced.
 */
describe('MailTransport (integration)', () => {
  let server: Server | undefined;
  let transport: MailTransport | undefined;

  afterEach(async () => {
    transport?.onApplicationShutdown();
    await server?.stop();
    transport = undefined;
    server = undefined;
  });

  it('delivers the whole message: envelope, headers, both parts and the reference, as its Message-ID', async () => {
    server = await startServer();
    transport = transportFor(`smtp://127.0.0.1:${server.port}`);
    const { messageId } = await transport.send(mailTo('zhang@test.gongkai.cn', 'email-1'));
    const [got] = server.received;
    expect(got?.from).toBe('noreply@gongkai.test');
    expect(got?.to).toEqual(['zhang@test.gongkai.cn']);
    expect(got?.mail.messageId).toBe(messageId);
    expect(got?.mail.subject).toBe('提醒：答复期限将至');
    expect(got?.mail.from?.value).toEqual([{ name: '公开系统', address: 'noreply@gongkai.test' }]);
    expect(got?.mail.headers.get('x-gongkai-reference')).toBe('email-1');
    expect(got?.mail.text).toContain('您的申请即将到期。');
    expect(got?.mail.html).toContain('<p>您的申请即将到期。</p>');
  });

  it('sends many messages over the pool: every one arrives, on at most 4 connections', async () => {
    server = await startServer();
    transport = transportFor(`smtp://127.0.0.1:${server.port}`);
    const addresses = Array.from({ length: 24 }, (_, i) => `user${i}@test.gongkai.cn`);
    await Promise.all(addresses.map((to) => transport!.send(mailTo(to))));
    expect(server.received.flatMap((r) => r.to).sort()).toEqual([...addresses].sort());
    expect(server.connections()).toBeLessThanOrEqual(4);
  });

  it('without a pool (?pool=false) each message has its own connection', async () => {
    server = await startServer();
    transport = transportFor(`smtp://127.0.0.1:${server.port}?pool=false`);
    for (const to of ['a@test.gongkai.cn', 'b@test.gongkai.cn', 'c@test.gongkai.cn'])
      await transport.send(mailTo(to));
    expect(server.received).toHaveLength(3);
    expect(server.connections()).toBe(3);
  });

  it('STARTTLS and the user and password from SMTP_URL: the message goes out encrypted, as that user', async () => {
    server = await startServer({
      disabledCommands: [],
      authOptional: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'mailer' && auth.password === 'secret')
          callback(null, { user: 'mailer' });
        else callback(new Error('invalid credentials'));
      },
    });
    transport = transportFor(
      `smtp://mailer:secret@127.0.0.1:${server.port}?requireTLS=true&tls.rejectUnauthorized=false`,
    );
    await transport.send(mailTo('tls@test.gongkai.cn'));
    expect(server.received.map((r) => [r.to, r.secure, r.user])).toEqual([
      [['tls@test.gongkai.cn'], true, 'mailer'],
    ]);
  });

  it('implicit TLS (smtps://): the message goes out encrypted from the first byte', async () => {
    server = await startServer({ secure: true });
    transport = transportFor(`smtps://127.0.0.1:${server.port}?tls.rejectUnauthorized=false`);
    await transport.send(mailTo('smtps@test.gongkai.cn'));
    expect(server.received.map((r) => [r.to, r.secure])).toEqual([
      [['smtps@test.gongkai.cn'], true],
    ]);
  });

  it('a wrong password fails the send with EAUTH (a configuration problem, not the message)', async () => {
    server = await startServer({
      authOptional: false,
      onAuth: (_auth, _session, callback) => callback(new Error('invalid credentials')),
    });
    transport = transportFor(`smtp://mailer:wrong@127.0.0.1:${server.port}`);
    await expect(transport.send(mailTo('auth@test.gongkai.cn'))).rejects.toMatchObject({
      code: 'EAUTH',
    });
    expect(server.received).toHaveLength(0);
  });

  it('a refused recipient (550) fails that message only; the next goes out', async () => {
    server = await startServer();
    transport = transportFor(`smtp://127.0.0.1:${server.port}?maxConnections=1`);
    const results = await Promise.allSettled([
      transport.send(mailTo('ok1@test.gongkai.cn')),
      transport.send(mailTo('refused@test.gongkai.cn')),
      transport.send(mailTo('ok2@test.gongkai.cn')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({
      code: 'EENVELOPE',
      responseCode: 550,
    });
    expect(server.received.flatMap((r) => r.to)).toEqual([
      'ok1@test.gongkai.cn',
      'ok2@test.gongkai.cn',
    ]);
  });

  it('a connection the server closed while idle is replaced: the next message still arrives', async () => {
    server = await startServer({ socketTimeout: 300 });
    transport = transportFor(`smtp://127.0.0.1:${server.port}`);
    await transport.send(mailTo('before@test.gongkai.cn'));
    await new Promise((resolve) => setTimeout(resolve, 800));
    await transport.send(mailTo('after@test.gongkai.cn'));
    expect(server.received.flatMap((r) => r.to)).toEqual([
      'before@test.gongkai.cn',
      'after@test.gongkai.cn',
    ]);
    expect(server.connections()).toBe(2);
  });

  it('a recipient that cannot be written in ASCII goes out through the general composer (SMTPUTF8)', async () => {
    server = await startServer();
    transport = transportFor(`smtp://127.0.0.1:${server.port}`);
    const { messageId } = await transport.send(mailTo('张三@例子.中国', 'email-utf8'));
    const [got] = server.received;
    expect(got?.to).toEqual(['张三@例子.中国']);
    expect(got?.mail.messageId).toBe(messageId);
    expect(got?.mail.headers.get('x-gongkai-reference')).toBe('email-utf8');
    expect(got?.mail.text).toContain('您的申请即将到期。');
  });
});

describe('coalesceWrites', () => {
  it('hands what is written during one turn of the event loop to the kernel at once, and later writes after it', async () => {
    let received = '';
    const server = createServer((peer) => peer.on('data', (chunk) => (received += chunk)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const socket = coalesceWrites(new Socket().connect({ host: '127.0.0.1', port }));
    // Each call of the stream's `_write` or `_writev` is one system call with what it is given.
    const batches: string[][] = [];
    const { _write: write, _writev: writev } = socket;
    socket._write = (chunk, encoding, done) => {
      batches.push([String(chunk)]);
      write.call(socket, chunk, encoding, done);
    };
    socket._writev = (chunks, done) => {
      batches.push(chunks.map(({ chunk }) => String(chunk)));
      writev!.call(socket, chunks, done);
    };
    await new Promise((resolve) => socket.once('connect', resolve));
    // As nodemailer writes a message: its bytes, then (a few ticks later) the terminating dot.
    socket.write('message\r\n');
    process.nextTick(() => process.nextTick(() => socket.write('.\r\n')));
    await new Promise((resolve) => setTimeout(resolve, 20));
    socket.write('next');
    await new Promise((resolve) => setTimeout(resolve, 20));
    socket.destroy();
    await new Promise((resolve) => server.close(resolve));
    expect(batches).toEqual([['message\r\n', '.\r\n'], ['next']]);
    expect(received).toBe('message\r\n.\r\nnext');
  });
});
