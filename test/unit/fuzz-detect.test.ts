import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ancestorsAcross, findBoxes, replyBoxOf } from '@/lib/sites/detect';

/** A generated DOM node: a tag, some attributes, children, maybe an open shadow root of its own. */
interface GenNode {
  tag: string;
  attrs: Array<[string, string]>;
  children: GenNode[];
  shadow: GenNode[] | null;
}

const attr = fc.constantFrom<[string, string]>(
  ['contenteditable', 'true'],
  ['contenteditable', ''],
  ['contenteditable', 'false'],
  ['contenteditable', 'plaintext-only'],
  ['data-gramm', 'false'],
  ['data-enable-grammarly', 'false'],
  ['data-calm-reply', 'off'],
  ['role', 'search'],
  ['role', 'textbox'],
  ['role', 'searchbox'],
  ['name', 'q'],
  ['name', 'reply'],
  ['name', 'cardnumber'],
  ['autocomplete', 'cc-number'],
  ['autocomplete', 'current-password'],
  ['aria-label', 'Security code'],
  ['hidden', ''],
  ['readonly', ''],
  ['type', 'password'],
  ['type', 'hidden'],
  ['type', 'search'],
  ['type', 'text'],
  ['type', 'email'],
  ['data-lexical-editor', 'true'],
  ['class', 'ql-editor'],
  ['class', 'ProseMirror'],
);

const tag = fc.constantFrom('div', 'span', 'p', 'form', 'section', 'textarea', 'input', 'article', 'label', 'button');
const leaf = fc.record({ tag, attrs: fc.array(attr, { maxLength: 3 }), children: fc.constant([] as GenNode[]), shadow: fc.constant(null) });
const tree = fc.letrec<{ node: GenNode }>((tie) => ({
  // maxDepth keeps trees finite: up to 5 levels, shadow roots included.
  node: fc.oneof(
    { maxDepth: 5, depthIdentifier: 'dom' },
    leaf,
    fc.record({
      tag,
      attrs: fc.array(attr, { maxLength: 3 }),
      children: fc.array(tie('node'), { maxLength: 4 }),
      shadow: fc.option(fc.array(tie('node'), { maxLength: 2 }), { freq: 4 }),
    }),
  ),
})).node;

function build(doc: Document, n: GenNode): Element {
  const el = doc.createElement(n.tag);
  for (const [k, v] of n.attrs) {
    try {
      el.setAttribute(k, v);
    } catch {
      // Some combinations are invalid DOM; skipping them is the point of the fuzz, not a failure.
    }
  }
  const canHaveChildren = !['textarea', 'input'].includes(n.tag);
  if (canHaveChildren) for (const c of n.children) el.append(build(doc, c));
  if (n.shadow && ['div', 'span', 'p', 'section', 'article'].includes(n.tag)) {
    const root = el.attachShadow({ mode: 'open' });
    for (const c of n.shadow) root.append(build(doc, c));
  }
  return el;
}

/** Everything in the page, shadow roots included. */
function allElements(root: Document | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

describe('reply-box detection under generated DOM trees (fast-check)', () => {
  it('never throws and never picks a password, hidden, search, payment or opted-out field', () => {
    let boxesSeen = 0;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (nodes) => {
        document.body.replaceChildren(...nodes.map((n) => build(document, n)));
        const boxes = findBoxes(document);
        boxesSeen += boxes.length;
        for (const box of boxes) {
          if (box instanceof HTMLInputElement) expect(['password', 'hidden', 'search']).not.toContain(box.type);
          const chain = ancestorsAcross(box);
          expect(chain.some((a) => a.matches('[data-gramm="false"], [data-enable-grammarly="false"], [data-calm-reply="off"]'))).toBe(false);
          expect(chain.some((a) => a.getAttribute('role') === 'search')).toBe(false);
          expect(/cc-|password/.test(box.getAttribute('autocomplete') ?? '')).toBe(false);
          expect(box.getAttribute('name')).not.toBe('cardnumber');
          if (!(box instanceof HTMLTextAreaElement)) expect(box.getAttribute('contenteditable')).not.toBe('false');
        }
        // Events can come from anywhere in the page: asking about any element never throws.
        for (const el of allElements(document)) replyBoxOf(el);
      }),
      { numRuns: 1_000 },
    );
    // The generator does produce real reply boxes, so the checks above had work to do.
    expect(boxesSeen).toBeGreaterThan(100);
  });
});
