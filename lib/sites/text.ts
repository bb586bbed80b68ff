/**
 * The text of a reply box, and the way back from a character offset to a DOM position.
 *
 * For a contenteditable the text is built from the DOM the way a person reads it: one line per
 * block, `<br>` as a line break, an editor's placeholder `<br>` and zero-width filler characters
 * ignored. Draft offsets from the analysis (UTF-16 indices into this text) map back to DOM points,
 * so "replace just these characters" selects exactly those characters in the editor.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Editors pad empty lines with these so the caret has somewhere to sit; they are not text. */
const FILLER = /[\uFEFF\u200B]/;

export interface DomPoint {
  node: Node;
  offset: number;
}

interface Segment {
  node: Text;
  /** Offset in the built text where this node's first kept character lands. */
  start: number;
  /** Offset in the text node of each kept character, plus one past the last. */
  offsets: number[];
}

export interface EditableText {
  text: string;
  /** DOM point for a UTF-16 offset into `text` (clamped to the text). */
  pointAt(offset: number): DomPoint;
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** A `<br>` that only keeps an empty or trailing line open (`<p>abc<br></p>`, `<p><br></p>`). */
function isPlaceholderBreak(br: Element, root: Element): boolean {
  let node: Node = br;
  while (node !== root) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 3) {
        if ((next as Text).data.replace(/[\uFEFF\u200B]/g, '') !== '') return false;
      } else if (next.nodeType === 1) {
        const el = next as Element;
        if (isBlock(el)) return true;
        if (el.tagName === 'BR' || (el.textContent ?? '') !== '') return false;
      }
    }
    const parent = node.parentNode;
    if (!parent || (parent.nodeType === 1 && isBlock(parent as Element))) return true;
    node = parent;
  }
  return true;
}

function isSkipped(el: Element): boolean {
  // Placeholders, decorators and widgets inside editors are not part of the draft.
  return (
    el.getAttribute('contenteditable') === 'false' ||
    el.hasAttribute('data-slate-placeholder') ||
    el.tagName === 'STYLE' ||
    el.tagName === 'SCRIPT' ||
    el.tagName === 'TEMPLATE'
  );
}

export function readEditable(root: Element): EditableText {
  let text = '';
  let pending = false;
  let any = false;
  const segments: Segment[] = [];
  const lineAnchors: Array<{ at: number; point: DomPoint }> = [];

  const flush = () => {
    if (pending && any) text += '\n';
    pending = false;
  };

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data === '') return;
      const offsets: number[] = [];
      let kept = '';
      for (let i = 0; i < data.length; i++) {
        const ch = data[i]!;
        if (FILLER.test(ch)) continue;
        offsets.push(i);
        kept += ch === '\u00a0' ? ' ' : ch;
      }
      if (kept === '') return;
      offsets.push(offsets[offsets.length - 1]! + 1);
      flush();
      segments.push({ node: node as Text, start: text.length, offsets });
      text += kept;
      any = true;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el !== root && isSkipped(el)) return;
    if (el.tagName === 'BR') {
      if (isPlaceholderBreak(el, root)) return;
      flush();
      text += '\n';
      any = true;
      return;
    }
    const block = el !== root && isBlock(el);
    if (block && any) pending = true;
    const lengthBefore = text.length;
    const anyBefore = any;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (!block) return;
    const emitted = text.length !== lengthBefore || any !== anyBefore;
    if (!emitted) {
      // An empty line (an editor's empty paragraph) still counts as a line.
      flush();
      lineAnchors.push({ at: text.length, point: { node: el, offset: 0 } });
      any = true;
    }
    pending = true;
  };
  walk(root);

  const pointAt = (offset: number): DomPoint => {
    const at = Math.max(0, Math.min(offset, text.length));
    const anchor = lineAnchors.find((a) => a.at === at && !segments.some((s) => s.start <= at && at <= s.start + s.offsets.length - 1));
    if (anchor) return anchor.point;
    // Prefer the segment the offset falls inside; at a boundary, the end of the earlier one.
    let best: Segment | undefined;
    for (const s of segments) {
      const end = s.start + s.offsets.length - 1;
      if (at >= s.start && at <= end) {
        best = s;
        if (at < end) break;
      }
    }
    if (best) return { node: best.node, offset: best.offsets[at - best.start]! };
    // Inside a run of line breaks: the start of the next text, else the end of the last.
    const next = segments.find((s) => s.start >= at);
    if (next) return { node: next.node, offset: next.offsets[0]! };
    const last = segments[segments.length - 1];
    if (last) return { node: last.node, offset: last.offsets[last.offsets.length - 1]! };
    return { node: root, offset: 0 };
  };

  return { text, pointAt };
}

/** What the owner has written in the box, as the analysis and the panel see it. */
export function boxText(box: Element): string {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return box.value;
  return readEditable(box).text;
}

/** Whitespace differences editors introduce (nbsp, \r\n, trailing newline) do not count as a mismatch. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/[\uFEFF\u200B]/g, '').replace(/\s+$/, '');
  return norm(a) === norm(b);
}
