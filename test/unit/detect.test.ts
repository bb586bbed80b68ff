import { beforeEach, describe, expect, it } from 'vitest';
import { editorKindOf, findBoxes, replyBoxOf, skipReason } from '@/lib/sites/detect';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('finding reply boxes', () => {
  it('finds textareas and contenteditable roots, once each, not their inner elements', () => {
    document.body.innerHTML = `
      <textarea id="a"></textarea>
      <div id="b" contenteditable="true"><p>one <b>bold</b></p><p contenteditable="false">widget</p></div>
      <div id="c" contenteditable=""><span>x</span></div>
      <div contenteditable="false"><span>not editable</span></div>`;
    expect(findBoxes(document).map((b) => b.id).sort()).toEqual(['a', 'b', 'c']);
    expect(replyBoxOf(document.querySelector('#b b'))?.id).toBe('b');
    expect(replyBoxOf(document.querySelector('#b p[contenteditable="false"]'))?.id).toBe('b');
  });

  it('finds a textarea two open shadow roots deep', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const inner = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(inner);
    inner.attachShadow({ mode: 'open' }).innerHTML = '<textarea id="deep"></textarea>';
    expect(findBoxes(document).map((b) => b.id)).toEqual(['deep']);
  });

  it('skips password, payment and search fields and every opt-out marker', () => {
    document.body.innerHTML = `
      <input type="password" id="p"><input type="search" id="s"><input id="q" name="q">
      <input id="cc" autocomplete="cc-number"><input id="cvc" name="card-cvc">
      <form role="search"><textarea id="in-search"></textarea></form>
      <textarea id="g1" data-gramm="false"></textarea>
      <textarea id="g2" data-enable-grammarly="false"></textarea>
      <div data-calm-reply="off"><div id="off" contenteditable="true"></div></div>
      <textarea id="ro" readonly></textarea>
      <textarea id="ok"></textarea>`;
    expect(findBoxes(document, ['input']).map((b) => b.id)).toEqual(['ok']);
    expect(skipReason(document.getElementById('p')!)).toBe('password');
    expect(skipReason(document.getElementById('cc')!)).toMatch(/payment/);
    expect(skipReason(document.getElementById('in-search')!)).toBe('search');
    expect(skipReason(document.getElementById('g2')!)).toBe('opted out');
    expect(replyBoxOf(document.getElementById('off'))).toBeNull();
  });

  it('names the editor kind from structural hooks', () => {
    document.body.innerHTML = `
      <textarea id="t"></textarea>
      <div id="l" contenteditable="true" data-lexical-editor="true"></div>
      <div id="d" class="public-DraftEditor-content" contenteditable="true"></div>
      <div id="q" class="ql-editor" contenteditable="true"></div>
      <div id="p" class="ProseMirror" contenteditable="true"></div>
      <div id="s" data-slate-editor="true" contenteditable="true"></div>
      <div id="c" contenteditable="true"></div>`;
    const kind = (id: string) => editorKindOf(document.getElementById(id)!);
    expect(['t', 'l', 'd', 'q', 'p', 's', 'c'].map(kind)).toEqual(['textarea', 'lexical', 'draft', 'quill', 'prosemirror', 'slate', 'contenteditable']);
  });

  it('ignores things that are not elements', () => {
    expect(replyBoxOf(null)).toBeNull();
    expect(replyBoxOf(window)).toBeNull();
    expect(replyBoxOf(document.createTextNode('x') as unknown as EventTarget)).toBeNull();
  });
});
