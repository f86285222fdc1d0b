import { connect, createServer, type Server, type Socket } from 'node:net';
import { freePort } from './free-port.js';

/**
 * A TCP proxy on loopback that a test can shut and open again: apps pointed at it lose their
 * service (e.g. Redis) as in a real outage — open connections drop, new ones are refused at once —
 * while other tests keep using the real one.
 */
export class TcpGate {
  private readonly sockets = new Set<Socket>();
  private shut = false;

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpGate> {
    const port = await freePort();
    const holder: { gate?: TcpGate } = {};
    const server = createServer((client) => {
      const gate = holder.gate!;
      if (gate.shut) {
        client.destroy();
        return;
      }
      const upstream = connect(target.port, target.host);
      for (const socket of [client, upstream]) {
        gate.sockets.add(socket);
        socket.on('close', () => gate.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    holder.gate = new TcpGate(server, port);
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return holder.gate;
  }

  /** Drops every open connection and refuses new ones until `open()`. */
  close(): void {
    this.shut = true;
    for (const socket of this.sockets) socket.destroy();
  }

  open(): void {
    this.shut = false;
  }

  async stop(): Promise<void> {
    this.close();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
