/**
 * Course-pack Markdown (lessons and exercise prompts share it): hostile input rendered to HTML the
 * way React renders it, and the two URL rules on their own. tests/e2e/pack-markdown.test.ts shows
 * the same pack in a real browser, watching every request it makes.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PackMarkdown, packImagePath, safeLinkHref } from '../../../renderer/course/PackMarkdown.tsx';

export const HOSTILE_MARKDOWN = [
  '# Write the scene',
  '![tracker](https://evil.example/pixel.png)',
  '![protocol relative](//evil.example/p.png)',
  '![data](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)',
  '![local file](file:///etc/passwd)',
  '![from the pack](img/dot.png)',
  '[js](javascript:alert(1)) [JS upper](JAVASCRIPT:alert(1)) [vb](vbscript:msgbox) [data link](data:text/html,<script>alert(1)</script>)',
  '[plain http](http://evil.example/) [relative](other.md) [creds](https://user:pw@fountain.io/) [syntax](https://fountain.io/syntax)',
  '<javascript:alert(2)>',
  '<img src="https://evil.example/raw.png" onerror="alert(3)">',
  '<script>alert(4)</script>',
  '<iframe src="https://evil.example/frame"></iframe>',
  '<a href="javascript:alert(5)">raw link</a> <style>body{display:none}</style>',
  '[ref][r]',
  '',
  '[r]: javascript:alert(6)',
].join('\n\n');

describe('PackMarkdown', () => {
  const html = renderToStaticMarkup(<PackMarkdown packId="p" base="course.json">{HOSTILE_MARKDOWN}</PackMarkdown>);

  it('renders the text and the one safe link, and nothing an attacker put in', () => {
    expect(html).toContain('<h1>Write the scene</h1>');
    expect(html).toContain('<a href="https://fountain.io/syntax" target="_blank" rel="noreferrer noopener">syntax</a>');
    // Exactly one link: the https one without credentials.
    expect(html.match(/<a /g)).toHaveLength(1);
    // No raw HTML, no script, no frame, no event handler, no style, no image from anywhere yet (pack images load as blobs).
    expect(html).not.toMatch(/<(img|script|iframe|style|object|embed)\b/i);
    expect(html).not.toMatch(/\son\w+=/i);
    // The only URL anywhere in an attribute is the safe link's.
    expect([...html.matchAll(/\s([\w-]+)="([^"]*)"/g)].filter(([, name]) => !['class', 'target', 'rel'].includes(name)).map(([, name, value]) => `${name}=${value}`)).toEqual([
      'href=https://fountain.io/syntax',
    ]);
    // Links that must not open still show their words; images show their alt text.
    for (const text of ['js', 'JS upper', 'plain http', 'relative', 'creds', '[tracker]', '[from the pack]', '[local file]']) expect(html).toContain(text);
  });
});

describe('PackMarkdown, GitHub-flavoured', () => {
  it('renders a lesson table with its header and alignment, in a scrolling wrapper', () => {
    const table = ['| Element | Indent | Example |', '| :-- | :-: | --: |', '| Scene heading | 1.5 in | INT. WARUNG - MALAM |', '| Dialogue | 2.5 in | *Ayo pulang.* |'].join('\n');
    const html = renderToStaticMarkup(<PackMarkdown packId="p" base="lessons/a.en.md">{table}</PackMarkdown>);
    expect(html).toMatch(/^<div class="pack-table"><table><thead><tr><th style="text-align:left">Element<\/th><th style="text-align:center">Indent<\/th><th style="text-align:right">Example<\/th><\/tr><\/thead><tbody>/);
    expect(html).toContain('<td style="text-align:left">Scene heading</td>');
    expect(html).toContain('<em>Ayo pulang.</em>');
    expect(html).not.toContain('|');
  });

  it('keeps the link rule for bare URLs and footnotes: only https opens', () => {
    const html = renderToStaticMarkup(<PackMarkdown packId="p" base="course.json">{'See https://fountain.io/syntax and www.evil.example and http://evil.example.\n\nA note.[^1]\n\n[^1]: Footnote text.\n\n~~old~~'}</PackMarkdown>);
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('<a href="https://fountain.io/syntax" target="_blank" rel="noreferrer noopener">https://fountain.io/syntax</a>');
    expect(html).toContain('Footnote text.');
    expect(html).toContain('<del>old</del>');
  });
});

describe('pack image and link rules', () => {
  it('loads images only from inside the pack, relative to the Markdown file', () => {
    expect(packImagePath('img/dot.png', 'course.json')).toBe('img/dot.png');
    expect(packImagePath('img/dot.png', 'lessons/a.en.md')).toBe('lessons/img/dot.png');
    expect(packImagePath('../img/dot.png', 'lessons/a.en.md')).toBe('img/dot.png');
    expect(packImagePath('../../../../etc/passwd', 'lessons/a.en.md')).toBe('etc/passwd');
    expect(packImagePath('/img/dot.png', 'lessons/a.en.md')).toBe('img/dot.png');
    expect(packImagePath('img/my%20pic.png', 'course.json')).toBe('img/my pic.png');
    for (const src of ['https://evil.example/p.png', 'HTTP://evil.example/p.png', '//evil.example/p.png', 'data:image/png;base64,AAAA', 'file:///etc/passwd', 'blob:https://x/1', 'javascript:alert(1)', 'img\\dot.png', '', undefined, 'img/%00.png', 'img/%E0%A4%A.png']) {
      expect(packImagePath(src, 'course.json'), String(src)).toBeNull();
    }
  });

  it('opens https links only, without credentials', () => {
    expect(safeLinkHref('https://fountain.io/syntax')).toBe('https://fountain.io/syntax');
    for (const href of ['http://fountain.io/', 'javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'other.md', '/x', '//fountain.io/', 'https://u:p@fountain.io/', '', undefined, null]) {
      expect(safeLinkHref(href), String(href)).toBeNull();
    }
  });
});
