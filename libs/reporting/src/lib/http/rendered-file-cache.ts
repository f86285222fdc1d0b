/**
 * Rendered downloads kept in memory, least recently used first out, within a byte budget. A key
 * names immutable content (the snapshot's checksum and version, the format), so an entry never
 * goes stale; it is only dropped for room.
 */
export class RenderedFileCache {
  private readonly entries = new Map<string, Buffer | string>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): Buffer | string | undefined {
    const body = this.entries.get(key);
    if (body !== undefined) {
      // Re-insert: a Map iterates in insertion order, so the first key is the least recent.
      this.entries.delete(key);
      this.entries.set(key, body);
    }
    return body;
  }

  set(key: string, body: Buffer | string): void {
    const size = sizeOf(body);
    if (size > this.maxBytes) return;
    const previous = this.entries.get(key);
    if (previous !== undefined) {
      this.entries.delete(key);
      this.bytes -= sizeOf(previous);
    }
    this.entries.set(key, body);
    this.bytes += size;
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(value);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

function sizeOf(body: Buffer | string): number {
  return typeof body === 'string' ? Buffer.byteLength(body) : body.length;
}
