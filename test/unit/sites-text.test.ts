import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxText, readEditable, sameText } from '@/lib/sites/text';

const el = (html: string) => {
  const div = document.createElement('div');
  div.setAttribute('contenteditable', 'true');
  div.innerHTML = html;
  return div;
};

describe('the text of a contenteditable, as the owner reads it', () => {
  it.each([
    ['<p>Hello</p>', 'Hello'],
    ['<p>a</p><p>b</p>', 'a\nb'],
    ['<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    ['<p><br></p>', ''],
    ['<p>a<br>b</p>', 'a\nb'],
    ['<p>abc<br></p>', 'abc'],
    ['plain <b>bold</b> text', 'plain bold text'],
    // Lexical, Draft.js, Quill, ProseMirror, Slate shapes:
    ['<p dir="ltr"><span data-lexical-text="true">Hi</span></p><p><br></p>', 'Hi\n'],
    ['<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">One</span></span></div></div><div data-block="true"><div><span><br data-text="true"></span></div></div></div>', 'One\n'],
    ['<p>x</p><p><br class="ProseMirror-trailingBreak"></p>', 'x\n'],
    ['<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n">\uFEFF<br></span></span></span></div>', ''],
    ['<div><span data-slate-placeholder="true" contenteditable="false">Write a reply</span><span>\uFEFF</span></div>', ''],
    ['non\u00a0breaking', 'non breaking'],
  ])('%s → %j', (html, text) => {
    expect(readEditable(el(html)).text).toBe(text);
  });

  it('maps every offset back to the DOM position of that character', () => {
    const root = el('<p>ab<b>cd</b></p><p><br></p><p>\uFEFFef</p>');
    const model = readEditable(root);
    expect(model.text).toBe('abcd\n\nef');
    for (let i = 0; i < model.text.length; i++) {
      const ch = model.text[i]!;
      if (ch === '\n') continue;
      const p = model.pointAt(i);
      expect((p.node as Text).data[p.offset]).toBe(ch);
    }
    expect(model.pointAt(5).node.nodeName).toBe('P');
    expect(model.pointAt(999)).toEqual(model.pointAt(model.text.length));
  });

  it('round-trips any text typed into paragraphs (fuzz)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/[\n\r\uFEFF\u200B\u00a0]/g, '')), { minLength: 1, maxLength: 6 }), (lines) => {
        const root = document.createElement('div');
        for (const line of lines) {
          const p = document.createElement('p');
          if (line) p.textContent = line;
          else p.append(document.createElement('br'));
          root.append(p);
        }
        expect(readEditable(root).text).toBe(lines.join('\n'));
      }),
      { numRuns: 200 },
    );
  });

  it('reads textareas by value, and compares read-backs without caring for nbsp or a trailing newline', () => {
    const t = document.createElement('textarea');
    t.value = 'x\ny';
    expect(boxText(t)).toBe('x\ny');
    expect(sameText('a\u00a0b\n', 'a b')).toBe(true);
    expect(sameText('a\r\nb', 'a\nb')).toBe(true);
    expect(sameText('ab', 'a b')).toBe(false);
  });
});
