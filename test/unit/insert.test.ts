/**
 * Insertion logic in jsdom, where execCommand does nothing: this exercises the fallbacks
 * (native setter, the editor's own beforeinput handler, clipboard) and the messages. The real
 * editors and execCommand are covered in test/e2e/editors.e2e.ts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { insertIntoBox } from '@/lib/sites/insert';

const fast = { settle: () => Promise.resolve(), afterSelect: () => Promise.resolve() };

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('insertIntoBox', () => {
  it('a React-style textarea gets the text through the native setter and an input event', async () => {
    document.body.innerHTML = '<textarea id="t">You are wrong.</textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    const seen: string[] = [];
    t.addEventListener('input', () => seen.push(t.value));
    const copy = vi.fn(async () => true);
    const r = await insertIntoBox(t, { text: 'Thank you for telling us.' }, { ...fast, copy });
    expect(r).toMatchObject({ ok: true, readBack: 'Thank you for telling us.' });
    expect(['execCommand', 'native-setter']).toContain(r.method);
    expect(seen.at(-1)).toBe('Thank you for telling us.');
    expect(copy).not.toHaveBeenCalled();
  });

  it('finishes in a hidden tab, where the browser runs no animation frames', async () => {
    document.body.innerHTML = '<textarea id="t">Old.</textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    try {
      // The default settle (no stand-in) must not wait for a frame that never comes.
      const r = await insertIntoBox(t, { text: 'New reply.' }, { afterSelect: () => Promise.resolve() });
      expect(r).toMatchObject({ ok: true, readBack: 'New reply.' });
      expect(raf).toHaveBeenCalled();
    } finally {
      raf.mockRestore();
    }
  });

  it('replaces only the given range of the draft', async () => {
    document.body.innerHTML = '<textarea id="t">Sorry, but you are wrong.</textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    const r = await insertIntoBox(t, { text: 'we see it differently', range: { start: 11, end: 24 } }, fast);
    expect(r.ok).toBe(true);
    expect(t.value).toBe('Sorry, but we see it differently.');
  });

  it('refuses a range that no longer fits the draft, without touching it', async () => {
    document.body.innerHTML = '<textarea id="t">Short.</textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    const r = await insertIntoBox(t, { text: 'x', range: { start: 3, end: 99 } }, fast);
    expect(r).toMatchObject({ ok: false, method: 'none' });
    expect(r.message).toMatch(/changed/);
    expect(t.value).toBe('Short.');
  });

  it('an editor that only listens to beforeinput (like Slate) applies the text itself', async () => {
    document.body.innerHTML = '<div id="e" contenteditable="true" data-slate-editor="true"><p>Angry words</p></div>';
    const e = document.getElementById('e')!;
    e.addEventListener('beforeinput', (ev) => {
      const input = ev as InputEvent;
      ev.preventDefault();
      e.innerHTML = `<p>${input.data ?? input.dataTransfer?.getData('text/plain') ?? ''}</p>`;
    });
    const r = await insertIntoBox(e, { text: 'Calm words' }, fast);
    expect(r).toMatchObject({ ok: true, method: 'input-event', readBack: 'Calm words' });
  });

  it('when nothing takes the text, copies it and says exactly what to do; the draft is unchanged', async () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>My draft</p></div>';
    const e = document.getElementById('e')!;
    const copy = vi.fn(async () => true);
    const r = await insertIntoBox(e, { text: 'Calm words' }, { ...fast, copy });
    expect(copy).toHaveBeenCalledWith('Calm words');
    expect(r).toMatchObject({ ok: false, method: 'clipboard', readBack: 'My draft' });
    expect(r.message).toMatch(/clipboard.*paste.*unchanged/s);
  });

  it('when even the clipboard refuses, points to Copy in the panel', async () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>My draft</p></div>';
    const r = await insertIntoBox(document.getElementById('e')!, { text: 'Calm' }, { ...fast, copy: async () => false });
    expect(r.ok).toBe(false);
    expect(r.method).not.toBe('clipboard');
    expect(r.message).toMatch(/Copy in the panel/);
  });

  it('keeps emoji, right-to-left text, 100k characters and pasted HTML as plain text', async () => {
    for (const text of ['Thanks 🙏🏽 for your visit 👩‍👩‍👧', 'شكرا لك على ملاحظتك', 'x'.repeat(100_000), '<b>bold</b> & <script>alert(1)</script>']) {
      document.body.innerHTML = '<textarea id="t"></textarea>';
      const t = document.getElementById('t') as HTMLTextAreaElement;
      const r = await insertIntoBox(t, { text }, fast);
      expect(r.ok).toBe(true);
      expect(t.value).toBe(text);
      expect(document.querySelector('script')).toBeNull();
    }
  });
});
