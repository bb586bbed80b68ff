/**
 * Putting a reply into the site's editor so the site's own model registers it (PLATFORMS.md,
 * "Inserting text so the site notices"), then reading it back. Routes, in order:
 *   1. select, then execCommand('insertText'): real typing to the editor, undo works
 *      (text-field-edit for textareas);
 *   2. textareas only: the prototype's native value setter plus a bubbling input event (React);
 *   1b. editors that only listen to beforeinput (Slate ignores execCommand's DOM change, and its
 *      model would silently differ from the screen): a beforeinput event their handler applies;
 *   3. contenteditables only: a paste event carrying text/plain (Chrome honours it);
 *   4. nothing took: put the page back as it was, copy the reply, and say so.
 * Never submits anything.
 */
import { setFieldText } from 'text-field-edit';
import type { InsertResult } from '../messages';
import { editorKindOf } from './detect';
import { boxText, readEditable, sameText } from './text';

export interface InsertOptions {
  /** Copies to the clipboard; resolves false when the browser refused. */
  copy?: (text: string) => Promise<boolean>;
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

export async function copyToClipboard(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without a user gesture in this page the async API may refuse; execCommand('copy') is older and laxer.
  }
  const holder = doc.createElement('textarea');
  holder.value = text;
  holder.setAttribute('data-calm-reply', 'off');
  holder.style.cssText = 'position:fixed;top:-1000px;left:-1000px;opacity:0';
  const active = doc.activeElement as HTMLElement | null;
  doc.documentElement.append(holder);
  try {
    holder.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    holder.remove();
    active?.focus?.();
  }
}

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

/**
 * Takes back what a failed route typed. Editors with their own history (Draft.js, Lexical,
 * ProseMirror, Quill, Slate) undo on their Ctrl/Cmd+Z keydown handler; the browser's own undo
 * would edit their DOM behind their back. A plain contenteditable uses the browser's.
 */
function undoOnce(box: HTMLElement): void {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform ?? '');
  const key = new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', keyCode: 90, ctrlKey: !mac, metaKey: mac, bubbles: true, cancelable: true, composed: true });
  box.dispatchEvent(key);
  if (!key.defaultPrevented) box.ownerDocument.execCommand('undo');
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
 * Lines are split with Draft's own Enter handling (its keydown handler reads keyCode).
 */
function typeIntoDraft(box: HTMLElement, text: string): void {
  const doc = box.ownerDocument;
  const win = doc.defaultView as (Window & { TextEvent?: unknown }) | null;
  text.split(/\r\n?|\n/).forEach((line, i) => {
    if (i > 0) box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true, composed: true }));
    if (line === '') return;
    if (win?.TextEvent) {
      const event = doc.createEvent('TextEvent') as Event & { initTextEvent(type: string, bubbles: boolean, cancelable: boolean, view: Window | null, data: string): void };
      event.initTextEvent('textInput', true, true, win, line);
      box.dispatchEvent(event);
      if (event.defaultPrevented) return;
    }
    doc.execCommand('insertText', false, line);
  });
}

export interface InsertRequest {
  text: string;
  /** Replace only these characters of the current draft (UTF-16 offsets into boxText). */
  range?: { start: number; end: number };
}

export async function insertIntoBox(box: HTMLElement, request: InsertRequest, options: InsertOptions = {}): Promise<InsertResult> {
  const settle = options.settle ?? defaultSettle;
  const afterSelect = options.afterSelect ?? (() => settle().then(() => sleep(110)));
  const copy = options.copy ?? ((t: string) => copyToClipboard(t, box.ownerDocument));
  const doc = box.ownerDocument;
  const before = boxText(box);
  const { text, range } = request;
  if (range && (range.start < 0 || range.end < range.start || range.end > before.length)) {
    return { ok: false, method: 'none', readBack: before, message: 'The draft changed since that suggestion was made. Check the flag again and retry.' };
  }
  const expected = range ? before.slice(0, range.start) + text + before.slice(range.end) : text;
  const matches = () => sameText(boxText(box), expected);
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
  let method: InsertResult['method'] = 'none';

  try {
    if (isField(box)) {
      // Route 1: text-field-edit selects and types through execCommand, keeping undo.
      try {
        if (range) {
          box.focus();
          box.setSelectionRange(range.start, range.end);
          execInsert(doc, text);
        } else {
          setFieldText(box, text);
          box.focus();
        }
      } catch {
        // No execCommand here (or the page broke it): route 2 below.
      }
      if (await until(matches)) return { ok: true, method: 'execCommand', readBack: boxText(box) };
      // Route 2: React ignores a plain value write but sees the native setter plus input.
      nativeSet(box, expected);
      if (await until(matches)) return { ok: true, method: 'native-setter', readBack: boxText(box) };
      method = 'native-setter';
    } else {
      box.focus();
      const start = range?.start ?? 0;
      const end = range?.end ?? before.length;
      selectInEditable(box, start, end);
      await afterSelect();
      const kind = editorKindOf(box);
      // Known execCommand editors skip 1b: Quill would also take it, but typing keeps its undo grouping.
      if (kind === 'slate' || kind === 'contenteditable') {
        if (beforeInput(box, text)) {
          if (await until(matches)) return { ok: true, method: 'input-event', readBack: boxText(box) };
          method = 'input-event';
        }
      }
      if (kind === 'draft') {
        // A paste keeps every line in Draft.js (Chrome); typed lines go through Draft's own handlers.
        if (text.includes('\n')) {
          pasteInto(box, text);
          if (await until(matches)) return { ok: true, method: 'paste-event', readBack: boxText(box) };
          method = 'paste-event';
        }
        if (sameText(boxText(box), before)) {
          box.focus();
          selectInEditable(box, start, end);
          await afterSelect();
          typeIntoDraft(box, text);
          if (await until(matches)) return { ok: true, method: 'input-event', readBack: boxText(box) };
          method = 'input-event';
        }
      } else if (kind !== 'slate' && sameText(boxText(box), before)) {
        if (text.includes('\n')) typeLines(box, text);
        else execInsert(doc, text);
        if (await until(matches)) return { ok: true, method: 'execCommand', readBack: boxText(box) };
        method = 'execCommand';
      }
      // Route 3: a paste the editor handles itself. Put back what route 1 left first.
      if (!sameText(boxText(box), before)) {
        undoOnce(box);
        await until(() => sameText(boxText(box), before));
      }
      if (sameText(boxText(box), before)) {
        box.focus();
        selectInEditable(box, start, end);
        await afterSelect();
        pasteInto(box, text);
        if (await until(matches)) return { ok: true, method: 'paste-event', readBack: boxText(box) };
        method = 'paste-event';
      }
    }
  } catch {
    // An editor threw inside its own handlers: fall through to the clipboard below.
  }

  const after = boxText(box);
  const copied = await copy(expected).catch(() => false);
  const where = after === before ? 'Your draft is unchanged.' : 'The box may now hold part of it: select everything in the box first.';
  return {
    ok: false,
    method: copied ? 'clipboard' : method,
    readBack: after,
    message: copied
      ? `This site's editor did not take the reply. It is on your clipboard: click in the reply box and paste (Ctrl+V or ⌘V). ${where}`
      : `This site's editor did not take the reply, and the browser would not let Calm Reply copy it. Use Copy in the panel, then paste it into the reply box. ${where}`,
  };
}
