import { FOOTER, paragraphsOf, renderLayout, renderMail } from './layout.js';

const HOSTILE = `<script>alert("x")</script>&'`;

describe('mail layout', () => {
  it('puts the system name, the agency and the footer in both parts', () => {
    const mail = renderMail({ subject: 'S', agencyName: '某某市人民政府', blocks: [] });
    expect(mail.text).toContain('政府信息公开 · 某某市人民政府');
    expect(mail.text).toContain(FOOTER);
    expect(mail.html).toContain('<html lang="zh-CN">');
    expect(mail.html).toContain('>政府信息公开</div>');
    expect(mail.html).toContain('>某某市人民政府</div>');
    expect(mail.html).toContain(FOOTER);
  });

  it('keeps the subject on one line', () => {
    const mail = renderMail({
      subject: '【政府信息公开】a\r\nBcc: x@evil.example\n b',
      blocks: [],
    });
    expect(mail.subject).toBe('【政府信息公开】a Bcc: x@evil.example b');
  });

  it('escapes every string in the HTML part: text, labels, list items, links, cells', () => {
    const mail = renderMail({
      subject: HOSTILE,
      agencyName: HOSTILE,
      greeting: HOSTILE,
      blocks: [
        { kind: 'paragraph', text: HOSTILE },
        { kind: 'text', text: HOSTILE },
        { kind: 'heading', text: HOSTILE },
        { kind: 'notice', text: HOSTILE },
        { kind: 'details', rows: [[HOSTILE, HOSTILE]] },
        { kind: 'list', items: [HOSTILE] },
        { kind: 'link', label: HOSTILE, url: `https://x.cn/"><script>` },
        { kind: 'table', columns: [HOSTILE], rows: [[{ text: HOSTILE, href: `"><script>` }]] },
      ],
      signature: [HOSTILE],
    });
    expect(mail.html).not.toContain('<script>');
    // a quote in a URL cannot close the attribute
    expect(mail.html).toContain('<a href="https://x.cn/&quot;&gt;&lt;script&gt;">');
    expect(mail.html).toContain('<a href="&quot;&gt;&lt;script&gt;">');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
    // the text part carries the text as written
    expect(mail.text).toContain(HOSTILE);
  });

  it('turns blank lines into paragraphs and single line breaks into <br>', () => {
    const long = '第一段第一行\r\n第一段第二行\n\n\n第二段\n  \n第三段\n';
    const mail = renderMail({ subject: 'S', blocks: [{ kind: 'text', text: long }] });
    expect(mail.html).toContain('<p>第一段第一行<br>第一段第二行</p><p>第二段</p><p>第三段</p>');
    expect(mail.text).toContain('第一段第一行\n第一段第二行\n\n第二段\n\n第三段');
    expect(paragraphsOf(long)).toEqual(['第一段第一行\n第一段第二行', '第二段', '第三段']);
  });

  it('renders details as key/value rows and leaves out absent values', () => {
    const mail = renderMail({
      subject: 'S',
      blocks: [
        {
          kind: 'details',
          rows: [
            ['登记号', 'GK-1'],
            ['原答复期限', undefined],
          ],
        },
      ],
    });
    expect(mail.text).toContain('登记号：GK-1');
    expect(mail.text).not.toContain('原答复期限');
    expect(mail.html).toMatch(/<th scope="row"[^>]*>登记号<\/th><td[^>]*>GK-1<\/td>/);
    expect(mail.html).not.toContain('原答复期限');
  });

  it('numbers ordered lists in the text part and uses <ol> in HTML', () => {
    const mail = renderMail({
      subject: 'S',
      blocks: [{ kind: 'list', ordered: true, items: ['甲', '乙'] }],
    });
    expect(mail.text).toContain('1. 甲\n2. 乙');
    expect(mail.html).toContain('<ol><li>甲</li><li>乙</li></ol>');
  });

  it('keeps the paragraphs-only layout of the diagnostic mail', () => {
    const mail = renderLayout({ subject: 'S', paragraphs: ['一', '二'] });
    expect(mail.html).toContain('<p>一</p><p>二</p>');
    expect(mail.text).toContain('一\n\n二');
  });
});
