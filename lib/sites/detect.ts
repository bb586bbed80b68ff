/**
 * Finding reply boxes: textareas and contenteditable editors (Lexical, Draft.js, Quill,
 * ProseMirror, Slate), also inside open shadow roots, while leaving alone the fields a reply
 * never goes into (passwords, payment, search) and boxes their page opted out.
 */

export type EditorKind = 'textarea' | 'input' | 'lexical' | 'draft' | 'quill' | 'prosemirror' | 'slate' | 'contenteditable';

/** The parent across shadow boundaries: a shadow root's top element leads to its host. */
export function parentAcross(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The element and its ancestors, crossing open shadow roots. */
export function ancestorsAcross(el: Element): Element[] {
  const out: Element[] = [];
  for (let cur: Element | null = el; cur; cur = parentAcross(cur)) out.push(cur);
  return out;
}

const OPT_OUT = '[data-gramm="false"], [data-enable-grammarly="false"], [data-calm-reply="off"]';
const PAYMENT = /\b(cc|card|credit|cvc|cvv|csc|iban|expir|security.?code)/i;
const SEARCH = /\b(search|query)\b|^q$/i;
/**
 * Private messages are not replies to reviews or comments: Calm Reply never reads them. A box is
 * one when its label says message or chat (and not reply, comment or review), when it sits in a
 * conversation pane, or when the page is a messaging inbox.
 */
const MESSAGE_LABEL = /\b(message|messages|messaging|chat|dm|direct)\b/i;
const REPLY_LABEL = /\b(repl(y|ies)|respon[sd]|comment|review|feedback|answer)/i;
const CONVERSATION = /\b(messenger|chat|conversation|direct message|messages|messaging)\b/i;
const INBOX_PATH = /^\/(messages|messaging|direct|inbox|chat|conversations?)(\/|$)/i;
const MESSAGING_HOSTS = /^(www\.messenger\.com|chat\.reddit\.com)$/i;

function isPrivateMessageBox(el: Element): boolean {
  const loc = el.ownerDocument.defaultView?.location;
  if (loc && (MESSAGING_HOSTS.test(loc.hostname) || INBOX_PATH.test(loc.pathname))) return true;
  const label = [el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.getAttribute('aria-placeholder'), el.getAttribute('data-placeholder')]
    .filter(Boolean)
    .join(' ');
  if (label && MESSAGE_LABEL.test(label) && !REPLY_LABEL.test(label)) return true;
  for (const a of ancestorsAcross(el).slice(1)) {
    const role = a.getAttribute('role');
    if ((role === 'dialog' || role === 'region' || role === 'complementary') && CONVERSATION.test(a.getAttribute('aria-label') ?? '')) return true;
  }
  return false;
}

function editableAttr(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v !== 'false';
}

/** Why this element must never be treated as a reply box, or undefined when it may be one. */
export function skipReason(el: Element): string | undefined {
  for (const a of ancestorsAcross(el)) if (a.matches(OPT_OUT)) return 'opted out';
  if (el instanceof HTMLInputElement) {
    const type = el.type.toLowerCase();
    if (type === 'password') return 'password';
    if (type === 'search') return 'search';
    if (type !== 'text') return 'not a text field';
  }
  const hints = [el.getAttribute('autocomplete'), el.getAttribute('name'), el.id, el.getAttribute('aria-label'), el.getAttribute('placeholder')]
    .filter(Boolean)
    .join(' ');
  if (/\bcc-|one-time-code|current-password|new-password/.test(el.getAttribute('autocomplete') ?? '')) return 'payment or password';
  if (PAYMENT.test(hints)) return 'payment';
  if (el.getAttribute('role') === 'searchbox' || SEARCH.test(el.getAttribute('name') ?? '') || SEARCH.test(el.getAttribute('type') ?? '')) return 'search';
  for (const a of ancestorsAcross(el)) if (a.getAttribute('role') === 'search') return 'search';
  if (el instanceof HTMLTextAreaElement && (el.readOnly || el.disabled)) return 'read-only';
  if (isPrivateMessageBox(el)) return 'private message';
  return undefined;
}

/** The reply box an event target belongs to: a textarea, or the outermost contenteditable. */
export function replyBoxOf(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  if (target instanceof HTMLTextAreaElement) return skipReason(target) ? null : target;
  // Attributes, not isContentEditable: the latter is missing in jsdom and lags behind DOM changes.
  const inner = target.closest('[contenteditable]:not([contenteditable="false"])');
  if (!(inner instanceof HTMLElement)) return null;
  let root: HTMLElement = inner;
  for (let p = root.parentElement; p; p = p.parentElement) if (p instanceof HTMLElement && editableAttr(p)) root = p;
  return skipReason(root) ? null : root;
}

export function editorKindOf(box: Element): EditorKind {
  if (box instanceof HTMLTextAreaElement) return 'textarea';
  if (box instanceof HTMLInputElement) return 'input';
  if (box.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  if (box.classList.contains('public-DraftEditor-content') || box.querySelector('[data-contents="true"]')) return 'draft';
  if (box.classList.contains('ql-editor')) return 'quill';
  if (box.classList.contains('ProseMirror')) return 'prosemirror';
  if (box.hasAttribute('data-slate-editor')) return 'slate';
  return 'contenteditable';
}

const CANDIDATES = 'textarea, [contenteditable]:not([contenteditable="false"])';

/**
 * Every reply box under `root`, descending into open shadow roots (Reddit nests them).
 * `extra` are an adapter's own selectors for boxes the generic pass would miss.
 */
export function findBoxes(root: Document | ShadowRoot | Element, extra: string[] = [], onShadowRoot?: (root: ShadowRoot) => void): HTMLElement[] {
  const found = new Set<HTMLElement>();
  const selector = [CANDIDATES, ...extra].join(', ');
  const visit = (scope: Document | ShadowRoot | Element) => {
    for (const el of Array.from(scope.querySelectorAll(selector))) {
      const box = el instanceof HTMLInputElement ? (skipReason(el) ? null : el) : replyBoxOf(el);
      if (box) found.add(box);
    }
    const all = scope.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const shadow = all[i]!.shadowRoot;
      if (shadow) {
        onShadowRoot?.(shadow);
        visit(shadow);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    onShadowRoot?.(root.shadowRoot);
    visit(root.shadowRoot);
  }
  visit(root);
  return [...found];
}

/** Open shadow roots under `root`, for observers that must also watch inside them. */
export function shadowRootsUnder(root: Document | ShadowRoot | Element): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (scope: Document | ShadowRoot | Element) => {
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      if (el.shadowRoot) {
        out.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  visit(root);
  return out;
}
