import { z } from 'zod';
import { defineTemplate } from '../common.js';
import { line } from '../schema.js';

/** The administrators' end-to-end test of the mail path. */
export interface DiagnosticData {
  requestedAt: string;
}

const schema = z.object({ requestedAt: line(64) }) satisfies z.ZodType<DiagnosticData>;

export const diagnostic = defineTemplate(schema, (d) => ({
  subject: '【公开】邮件发送测试',
  blocks: [
    { kind: 'paragraph', text: '这是一封测试邮件：系统的邮件发送通道工作正常。' },
    { kind: 'paragraph', text: `请求时间：${d.requestedAt}` },
    { kind: 'paragraph', text: 'This is a test message: Gongkai can send e-mail.' },
  ],
}));
