/**
 * Placeholders mark the facts only the owner knows (what was done, by when). They stay visible
 * in the suggestion, and Insert waits until every one is replaced (DESIGN.md, `insert`).
 */
export interface Placeholder {
  start: number;
  end: number;
  /** The words between the brackets: what the owner should write there. */
  label: string;
}

/** A short bracketed instruction, e.g. "[day or date]". Line breaks never occur inside one. */
const PLACEHOLDER = /\[([^[\]\n]{1,80})\]/g;

export function findPlaceholders(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    out.push({ start: m.index, end: m.index + m[0].length, label: m[1]!.trim() });
  }
  return out;
}

export function hasPlaceholder(text: string): boolean {
  return findPlaceholders(text).length > 0;
}

/** Replaces each placeholder by label, for tests and for the demo. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, label: string) => values[label.trim()] ?? whole);
}
