/**
 * Putting a reply into the site's editor so the site's own model registers it (PLATFORMS.md,
 * "Inserting text so the site notices"), then reading it back. One protocol, one rule for failure:
 *
 *   - A fix for a flag carries the words it expects to replace. If the draft moved since the flag
 *     was found, the words are looked up again (once, unambiguously) or the fix is refused; it is
 *     never applied at stale offsets.
 *   - Each route runs, is verified by reading the box back, and when it did not take, the owner's
 *     exact draft (and a field's selection) is put back before the next route runs.
 *
 *   editor kind             routes, in order
 *   textarea / input        execCommand (text-field-edit, keeps undo) → native value setter + input
 *   slate, contenteditable  beforeinput the editor applies → execCommand → paste event
 *   draft                   paste event (multi-line, Chrome) → textInput (Draft's own handler) → paste event
 *   lexical, prosemirror,
 *   quill, other rich       execCommand → paste event
 *
 * Draft.js types at the caret React last reported to it, which React only tracks in a box it saw
 * focused: when the window has no focus (Firefox, Insert clicked in the sidebar) the box is told
 * of its focus for the length of the insertion (focusAndTell).
 *
 * Nothing here sends a key event (a composer may submit on Enter or react to Ctrl+Z), touches the
 * clipboard, or moves focus out of the box: when nothing took, the panel copies the reply itself.
 * Never submits anything.
 */
import { setFieldText } from 'text-field-edit';
import type { InsertResult } from '../messages';
import { editorKindOf } from './detect';
import { boxText, readEditable, sameText } from './text';

export interface InsertOptions {
  /** Waits for the editor to re-render (an animation frame in the page). */
  settle?: () => Promise<void>;
  /**
   * Waits after moving the selection. Lexical and Slate take the selection from the
   * selectionchange event, which fires later (Slate's handler is throttled to 100 ms);
   * typing before then would go where their stale caret was.
   */
  afterSelect?: () => Promise<void>;
}

type Field = HTMLTextAreaElement | HTMLInputElement;

function isField(box: Element): box is Field {
  return box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement;
}

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

const defaultSettle = () =>
  new Promise<void>((ok) => {
    if (typeof requestAnimationFrame !== 'function') return setTimeout(ok, 16);
    // Two frames: React and Draft.js commit after the event that changed them. A hidden tab runs
    // no frames at all (the panel may sit in a tab of its own), so a timer caps the wait.
    const timer = setTimeout(ok, 100);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        ok();
      }),
    );
  });

function execInsert(doc: Document, text: string): boolean {
  try {
    return text === '' ? doc.execCommand('delete') : doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/**
 * Offers the text to the editor's own beforeinput handler, one line at a time with paragraph
 * breaks between (no DataTransfer: Firefox hides a content script's one from the page).
 * Untrusted, so the browser itself does nothing with it: only an editor that applies it (and
 * says so with preventDefault) changes. The first event carries the selection to replace;
 * later ones follow the editor's own caret.
 */
function beforeInput(box: HTMLElement, text: string): boolean {
  const selection = box.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  let targetRanges = range ? [new StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset })] : [];
  const fire = (inputType: string, data: string | null) => {
    const event = new InputEvent('beforeinput', { inputType, data, targetRanges, bubbles: true, cancelable: true, composed: true });
    targetRanges = [];
    box.dispatchEvent(event);
    return event.defaultPrevented;
  };
  if (text === '') return fire('deleteContent', null);
  const lines = text.split(/\r\n?|\n/);
  let handled = true;
  lines.forEach((line, i) => {
    if (i > 0) handled = fire('insertParagraph', null) && handled;
    if (line !== '') handled = fire('insertText', line) && handled;
    else if (i === 0 && lines.length > 1 && range && !range.collapsed) handled = fire('deleteContent', null) && handled;
  });
  return handled;
}

function selectInEditable(box: HTMLElement, start: number, end: number): boolean {
  const doc = box.ownerDocument;
  const selection = (box.getRootNode() as Document | ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? doc.getSelection();
  if (!selection) return false;
  const model = readEditable(box);
  const a = model.pointAt(start);
  const b = model.pointAt(end);
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

function nativeSet(field: Field, value: string): void {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

function pasteInto(box: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

/**
 * Multi-line text goes in one line at a time, the way a person types it. The paragraph break is
 * offered to the editor's beforeinput handler first (Lexical applies it; execCommand's own
 * paragraph would bypass Lexical's model), then done by the browser for the others.
 */
function typeLines(box: HTMLElement, text: string): void {
  const doc = box.ownerDocument;
  text.split(/\r\n?|\n/).forEach((line, i) => {
    if (i > 0) {
      const event = new InputEvent('beforeinput', { inputType: 'insertParagraph', bubbles: true, cancelable: true, composed: true });
      box.dispatchEvent(event);
      if (!event.defaultPrevented) doc.execCommand('insertParagraph');
    }
    if (line !== '') doc.execCommand('insertText', false, line);
  });
}

/**
 * Draft.js takes typed text from its onBeforeInput handler, which React feeds from `textInput`.
 * execCommand's text only reaches Draft's model by DOM reconciliation, and a later Ctrl+Z then
 * leaves the old text on screen while the model (what gets posted) has gone back: never that.
 * The whole text goes in one event; Draft keeps a line break inside it as a soft line break
 * (what Shift+Enter types), so no Enter key is ever pressed for the owner.
 */
function typeIntoDraft(box: HTMLElement, text: string): boolean {
  const doc = box.ownerDocument;
  const win = doc.defaultView as (Window & { TextEvent?: unknown }) | null;
  if (text === '') return execInsert(doc, '');
  if (win?.TextEvent) {
    const event = doc.createEvent('TextEvent') as Event & { initTextEvent(type: string, bubbles: boolean, cancelable: boolean, view: Window | null, data: string): void };
    event.initTextEvent('textInput', true, true, win, text);
    box.dispatchEvent(event);
    if (event.defaultPrevented) return true;
  }
  return execInsert(doc, text);
}

/**
 * Moves focus into the box and, when the browser kept that from the page, tells the page itself.
 * A window that does not have focus (Firefox, while the owner clicks Insert in the sidebar or the
 * panel's tab) makes the box the active element without firing focus or focusin. React then never
 * learns the box is focused, so it turns no selectionchange into onSelect, and Draft.js keeps the
 * caret it had before: the text it is given goes in at that stale caret (the old draft plus the
 * reply, then the reply again), and only a later DOM reconciliation hides it. Returns whether the
 * page was told, so the same can be untold afterwards.
 */
function focusAndTell(box: HTMLElement): boolean {
  let told = false;
  const seen = () => {
    told = true;
  };
  box.addEventListener('focus', seen, true);
  box.focus();
  box.removeEventListener('focus', seen, true);
  const root = box.getRootNode() as Document | ShadowRoot;
  if (told || box.ownerDocument.hasFocus() || root.activeElement !== box) return false;
  box.dispatchEvent(new FocusEvent('focus', { composed: true }));
  box.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  return true;
}

/** Gives back what focusAndTell told the page: the window still has no focus, so neither does the box. */
function untellFocus(box: HTMLElement): void {
  box.dispatchEvent(new FocusEvent('blur', { composed: true }));
  box.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
}

export interface InsertRequest {
  text: string;
  /**
   * Replace only these characters of the draft (UTF-16 offsets into boxText), which the panel saw
   * holding `expect`. Without `expect` a range is refused: stale offsets would garble the draft.
   */
  range?: { start: number; end: number; expect?: string };
}

/** Where `words` sit in the draft now: the given offsets if they still hold them, else the one place they occur. */
export function locate(draft: string, range: { start: number; end: number; expect?: string }): { start: number; end: number } | undefined {
  const { start, end, expect } = range;
  if (expect === undefined || expect === '') return undefined;
  if (start >= 0 && end >= start && end <= draft.length && draft.slice(start, end) === expect) return { start, end };
  const at = draft.indexOf(expect);
  if (at < 0 || draft.indexOf(expect, at + 1) >= 0) return undefined;
  return { start: at, end: at + expect.length };
}

/** The smallest region that differs between two texts: [start, endInA) of a became [start, endInB) of b. */
function changedRegion(a: string, b: string): { start: number; endA: number; endB: number } {
  let start = 0;
  const max = Math.min(a.length, b.length);
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return { start, endA: a.length - tail, endB: b.length - tail };
}

const DRAFT_CHANGED = 'Your draft changed since that flag was found, so the fix was not applied. The flags are being updated: try again.';

export async function insertIntoBox(box: HTMLElement, request: InsertRequest, options: InsertOptions = {}): Promise<InsertResult> {
  const settle = options.settle ?? defaultSettle;
  const afterSelect = options.afterSelect ?? (() => settle().then(() => sleep(110)));
  const doc = box.ownerDocument;
  const before = boxText(box);
  const { text } = request;
  let range: { start: number; end: number } | undefined;
  if (request.range) {
    range = locate(before, request.range);
    if (!range) return { ok: false, method: 'none', readBack: before, reason: 'draft-changed', restored: true, message: DRAFT_CHANGED };
  }
  const expected = range ? before.slice(0, range.start) + text + before.slice(range.end) : text;
  const matches = () => sameText(boxText(box), expected);
  const unchanged = () => sameText(boxText(box), before);
  /**
   * Editors commit on their own schedule (React batches, Draft re-renders after a paste): look
   * again each frame for a short while before calling a route failed.
   */
  const until = async (ok: () => boolean, frames = 12): Promise<boolean> => {
    for (let i = 0; i < frames; i++) {
      await settle();
      if (ok()) return true;
    }
    return false;
  };
  const kind = isField(box) ? 'field' : editorKindOf(box);
  const start = range?.start ?? 0;
  const end = range?.end ?? before.length;
  const field = isField(box) ? { start: box.selectionStart, end: box.selectionEnd, direction: box.selectionDirection } : undefined;
  /** Draft.js follows the caret only while the page believes the box is focused (focusAndTell). */
  let toldFocus = false;
  const focus = () => {
    // Told once, the page stays told until the end (untellFocus).
    if (kind !== 'draft' || toldFocus) return box.focus();
    toldFocus = focusAndTell(box);
  };

  /** Types `words` over [from, to) of the box through this editor's own input path. */
  const typeOver = async (from: number, to: number, words: string): Promise<void> => {
    focus();
    selectInEditable(box, from, to);
    await afterSelect();
    if (kind === 'slate' || kind === 'contenteditable') {
      if (beforeInput(box, words)) return;
      if (kind === 'slate') return;
    }
    if (kind === 'draft') typeIntoDraft(box, words);
    else if (words.includes('\n')) typeLines(box, words);
    else execInsert(doc, words);
  };

  /**
   * Takes back what a failed route left, so the next route (or the owner) starts from their exact
   * draft: a field gets its value and selection back; an editor has the changed words typed back
   * through its own input path (its model follows, and no key event reaches the page).
   */
  const putBack = async (): Promise<boolean> => {
    if (unchanged()) return true;
    try {
      if (isField(box)) {
        nativeSet(box, before);
        if (field && field.start !== null && field.end !== null) box.setSelectionRange(field.start, field.end, field.direction ?? undefined);
        return unchanged();
      }
      for (let attempt = 0; attempt < 2 && !unchanged(); attempt++) {
        const now = boxText(box);
        const region = changedRegion(now, before);
        await typeOver(region.start, region.endA, before.slice(region.start, region.endB));
        await until(unchanged, 6);
      }
    } catch {
      // The editor threw while being put back: say so below.
    }
    return unchanged();
  };

  const done = (method: InsertResult['method']): InsertResult => ({ ok: true, method, readBack: boxText(box) });
  let tried = false;

  const runRoutes = async (): Promise<InsertResult> => {
    try {
      if (isField(box)) {
        // Route 1: text-field-edit selects and types through execCommand, keeping undo.
        box.focus();
        try {
          if (range) {
            box.setSelectionRange(range.start, range.end);
            execInsert(doc, text);
          } else {
            setFieldText(box, text);
            box.focus();
          }
        } catch {
          // No execCommand here (or the page broke it): route 2 below.
        }
        tried = true;
        if (await until(matches)) return done('execCommand');
        // Route 2: React ignores a plain value write but sees the native setter plus input.
        if (await putBack()) {
          nativeSet(box, expected);
          if (range) box.setSelectionRange(range.start + text.length, range.start + text.length);
          if (await until(matches)) return done('native-setter');
        }
      } else {
        focus();
        // 1b: editors that apply beforeinput themselves (Slate ignores execCommand's DOM change).
        if (kind === 'slate' || kind === 'contenteditable') {
          selectInEditable(box, start, end);
          await afterSelect();
          tried = true;
          if (beforeInput(box, text) && (await until(matches))) return done('input-event');
        }
        // A paste keeps every line in Draft.js (Chrome).
        if (kind === 'draft' && text.includes('\n') && (await putBack())) {
          selectInEditable(box, start, end);
          await afterSelect();
          tried = true;
          pasteInto(box, text);
          if (await until(matches)) return done('paste-event');
        }
        // Route 1: typed through the editor's own input path.
        if (kind !== 'slate' && (await putBack())) {
          focus();
          selectInEditable(box, start, end);
          await afterSelect();
          tried = true;
          if (kind === 'draft') typeIntoDraft(box, text);
          else if (text.includes('\n')) typeLines(box, text);
          else execInsert(doc, text);
          if (await until(matches)) return done(kind === 'draft' ? 'input-event' : 'execCommand');
        }
        // Route 3: a paste the editor handles itself.
        if (await putBack()) {
          focus();
          selectInEditable(box, start, end);
          await afterSelect();
          tried = true;
          pasteInto(box, text);
          if (await until(matches)) return done('paste-event');
        }
      }
    } catch {
      // An editor threw inside its own handlers: put the draft back below.
    }

    const restored = await putBack();
    return {
      ok: false,
      method: 'none',
      readBack: boxText(box),
      reason: tried ? 'editor-refused' : 'no-route',
      restored,
      message: restored
        ? "This site's editor did not take the text. Your draft is as it was."
        : "This site's editor did not take the text, and Calm Reply could not put your draft back exactly: check the reply box before posting.",
    };
  };

  try {
    return await runRoutes();
  } finally {
    if (toldFocus) untellFocus(box);
  }
}
