import { RenderedFileCache } from './rendered-file-cache.js';

describe('RenderedFileCache', () => {
  it('keeps entries within its byte budget, dropping the least recently used first', () => {
    const cache = new RenderedFileCache(10);
    cache.set('a', 'aaaa');
    cache.set('b', Buffer.from('bbbb'));
    expect(cache.get('a')).toBe('aaaa'); // now b is the least recently used
    cache.set('c', 'cccc');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('aaaa');
    expect(cache.get('c')).toBe('cccc');
    expect(cache.size).toBe(2);
  });

  it('counts bytes, not characters, and never keeps a body larger than the budget', () => {
    const cache = new RenderedFileCache(6);
    cache.set('zh', '统计表'); // 9 bytes in UTF-8
    expect(cache.get('zh')).toBeUndefined();
    cache.set('x', '统计'); // 6 bytes
    expect(cache.get('x')).toBe('统计');
  });

  it('replaces an entry under the same key without counting it twice', () => {
    const cache = new RenderedFileCache(8);
    cache.set('a', 'aaaa');
    cache.set('a', 'AAAA');
    cache.set('b', 'bbbb');
    expect(cache.get('a')).toBe('AAAA');
    expect(cache.get('b')).toBe('bbbb');
  });
});
