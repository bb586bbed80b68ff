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
    const r = await insertIntoBox(t, { text: 'Thank you for telling us.' }, fast);
    expect(r).toMatchObject({ ok: true, readBack: 'Thank you for telling us.' });
    expect(['execCommand', 'native-setter']).toContain(r.method);
    expect(seen.at(-1)).toBe('Thank you for telling us.');
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
    const r = await insertIntoBox(t, { text: 'we see it differently', range: { start: 11, end: 24, expect: 'you are wrong' } }, fast);
    expect(r.ok).toBe(true);
    expect(t.value).toBe('Sorry, but we see it differently.');
  });

  it('a fix finds its words again when the owner typed in front of them since the flag was found', async () => {
    // The flag was found in "This is ridiculous." (offsets 8–18); then "Hi. " was typed in front.
    document.body.innerHTML = '<textarea id="t">Hi. This is ridiculous.</textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    const r = await insertIntoBox(t, { text: 'surprising', range: { start: 8, end: 18, expect: 'ridiculous' } }, fast);
    expect(r).toMatchObject({ ok: true, readBack: 'Hi. This is surprising.' });
    expect(t.value).toBe('Hi. This is surprising.');
  });

  it('refuses a fix whose words are gone or occur twice now, and leaves the draft alone', async () => {
    for (const draft of ['Hi. This is absurd.', 'Hi. This is ridiculous, really ridiculous.']) {
      document.body.innerHTML = `<textarea id="t">${draft}</textarea>`;
      const t = document.getElementById('t') as HTMLTextAreaElement;
      const r = await insertIntoBox(t, { text: 'surprising', range: { start: 8, end: 18, expect: 'ridiculous' } }, fast);
      expect(r).toMatchObject({ ok: false, method: 'none', reason: 'draft-changed', restored: true });
      expect(r.message).toBe('Your draft changed since that flag was found, so the fix was not applied. The flags are being updated: try again.');
      expect(t.value).toBe(draft);
    }
  });

  it('refuses a range that does not say which words it replaces, or no longer fits the draft', async () => {
    document.body.innerHTML = '<textarea id="t">Short.</textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    for (const range of [{ start: 0, end: 5 }, { start: 3, end: 99, expect: 'rt.xxxx' }]) {
      const r = await insertIntoBox(t, { text: 'x', range }, fast);
      expect(r).toMatchObject({ ok: false, method: 'none', reason: 'draft-changed' });
      expect(t.value).toBe('Short.');
    }
  });

  it('a textarea that trims what it is given keeps the owner’s exact draft and selection when the insert fails', async () => {
    document.body.innerHTML = '<textarea id="t">My own draft, half written</textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    // A page that cuts the box to 40 characters on every input (a limit enforced in script).
    t.addEventListener('input', () => {
      if (t.value.length > 40) t.value = t.value.slice(0, 40);
    });
    t.setSelectionRange(3, 6);
    const reply = 'Thank you for your review; we are sorry about the wait and will call you.';
    const r = await insertIntoBox(t, { text: reply }, fast);
    expect(r).toMatchObject({ ok: false, method: 'none', reason: 'editor-refused', restored: true, readBack: 'My own draft, half written' });
    expect(r.message).toBe("This site's editor did not take the text. Your draft is as it was.");
    expect(t.value).toBe('My own draft, half written');
    expect([t.selectionStart, t.selectionEnd]).toEqual([3, 6]);
    // Positive control: a reply within the page's limit goes in.
    const ok = await insertIntoBox(t, { text: 'Thank you, we will call you.' }, fast);
    expect(ok).toMatchObject({ ok: true, readBack: 'Thank you, we will call you.' });
  });

  it('sends no key event, touches no clipboard and keeps focus in the box, whatever the outcome', async () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>My draft</p></div><textarea id="t">Old.</textarea>';
    const keys: string[] = [];
    const clip: string[] = [];
    for (const type of ['keydown', 'keyup', 'keypress']) document.addEventListener(type, (e) => keys.push(`${type}:${(e as KeyboardEvent).key}`), true);
    for (const type of ['copy', 'cut']) document.addEventListener(type, () => clip.push(type), true);
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const e = document.getElementById('e')!;
    const failed = await insertIntoBox(e, { text: 'Line one\nLine two' }, fast);
    expect(failed.ok).toBe(false);
    expect(document.activeElement).toBe(e);
    const t = document.getElementById('t') as HTMLTextAreaElement;
    const done = await insertIntoBox(t, { text: 'Line one\nLine two' }, fast);
    expect(done.ok).toBe(true);
    expect(document.activeElement).toBe(t);
    expect(keys).toEqual([]);
    expect(clip).toEqual([]);
    expect(writeText).not.toHaveBeenCalled();
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

  it('when nothing takes the text, says so and leaves the draft as it was (the panel copies, not the page)', async () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>My draft</p></div>';
    const e = document.getElementById('e')!;
    const r = await insertIntoBox(e, { text: 'Calm words' }, fast);
    expect(r).toMatchObject({ ok: false, method: 'none', reason: 'editor-refused', restored: true, readBack: 'My draft' });
    expect(r.message).toBe("This site's editor did not take the text. Your draft is as it was.");
    expect(r.message).not.toMatch(/clipboard|copied/i);
  });

  it('an editor that takes part of the text and then refuses has the owner’s words typed back', async () => {
    document.body.innerHTML = '<div id="e" contenteditable="true" data-slate-editor="true"><p>My draft</p></div>';
    const e = document.getElementById('e')!;
    // Applies only the first 4 characters of any text it is given (a limit enforced by the editor).
    e.addEventListener('beforeinput', (ev) => {
      const input = ev as InputEvent;
      if (input.inputType !== 'insertText') return;
      ev.preventDefault();
      const sel = document.getSelection()!.getRangeAt(0);
      const all = e.textContent ?? '';
      const model = { start: sel.startOffset, end: sel.endOffset };
      const data = (input.data ?? '').length > 8 ? (input.data ?? '').slice(0, 4) : input.data ?? '';
      e.innerHTML = `<p>${all.slice(0, model.start)}${data}${all.slice(model.end)}</p>`;
    });
    const r = await insertIntoBox(e, { text: 'Calm words for you' }, fast);
    expect(r).toMatchObject({ ok: false, restored: true, readBack: 'My draft' });
    expect(e.textContent).toBe('My draft');
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
