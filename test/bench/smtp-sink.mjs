/**
 * The least an SMTP server can do: a loopback sink that greets at once, accepts every message
 * (EHLO, MAIL, RCPT, DATA with dot-stuffing left as is, RSET, NOOP, QUIT) and counts it. The
 * project's test sink (libs/testing, `smtp-server`) waits 100 ms before its greeting to catch
 * early talkers and parses every message, which would be the sink's cost, not Gongkai's.
 */
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';

export async function startSmtpSink() {
  const sink = { received: 0, lastAt: 0, url: '', stop: async () => undefined };
  const server = createServer((socket) => {
    socket.setNoDelay(true);
    let buffer = '';
    let inData = false;
    const reply = (line) => socket.write(`${line}\r\n`);
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      // The replies to what arrived together leave together, as a PIPELINING server's do
      // (RFC 2920 §3.2: it may hold them until it has read all pending input).
      socket.cork();
      process.nextTick(() => socket.uncork());
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end === -1) {
            // Keep only what could still be the start of the terminator.
            buffer = buffer.slice(-4);
            return;
          }
          buffer = buffer.slice(end + 5);
          inData = false;
          sink.received++;
          sink.lastAt = performance.now();
          reply('250 OK: queued');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol === -1) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-bench-sink\r\n250-PIPELINING\r\n250 8BITMIME\r\n');
        else if (verb === 'HELO') reply('250 bench-sink');
        else if (verb === 'DATA') {
          inData = true;
          // The body may begin right after the command: the terminator search needs "\r\n" first.
          buffer = `\r\n${buffer}`;
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (verb === 'QUIT') {
          reply('221 Bye');
          socket.end();
          return;
        } else reply('250 OK');
      }
    });
    reply('220 bench-sink ESMTP');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.url = `smtp://127.0.0.1:${server.address().port}`;
  sink.stop = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.unref();
    });
  return sink;
}
