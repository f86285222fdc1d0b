import { jobId } from './queues.js';

describe('jobId', () => {
  it('is deterministic and free of ":" (BullMQ refuses it in custom ids)', () => {
    expect(jobId('mail.send', 'abc')).toBe('mail.send_abc');
    expect(jobId('mail.send', 'a:b', 2)).toBe('mail.send_a.b_2');
    expect(jobId('mail.send', 'x')).toBe(jobId('mail.send', 'x'));
  });
});
