/**
 * When Insert may run (DESIGN.md, `insert`): never with an unfilled placeholder; and with a
 * cool-down set, text that itself runs hot waits until the cool-down has passed since it
 * first ran hot. A calm suggestion is never held back.
 */
import { findPlaceholders } from './placeholders';

/** Heat at or above this counts as "hot" for the cool-down and the step-away hint. */
export const HOT = 0.5;

export interface GateInput {
  text: string;
  /** Heat of the text about to be inserted (its own analysis). */
  heat: number;
  coolDownSeconds: number;
  /** When the text about to be inserted first ran hot (ms); undefined when it is calm. */
  hotSince?: number;
  now: number;
  /** False when no reply box is bound. */
  hasBox: boolean;
}

export type GateResult =
  | { enabled: true }
  | { enabled: false; reason: 'empty' | 'no-box' | 'placeholder' | 'cool-down'; message: string; secondsLeft?: number };

export function insertGate(g: GateInput): GateResult {
  if (!g.text.trim()) return { enabled: false, reason: 'empty', message: 'The suggestion is empty: write or restore a reply first.' };
  const missing = findPlaceholders(g.text);
  if (missing.length) {
    const labels = missing.map((p) => `“${p.label}”`).join(', ');
    return { enabled: false, reason: 'placeholder', message: `Fill in ${labels} before inserting.` };
  }
  if (!g.hasBox) return { enabled: false, reason: 'no-box', message: 'Click into the reply box on the page first, so Calm Reply knows where the reply goes.' };
  if (g.coolDownSeconds > 0 && g.heat >= HOT) {
    const since = g.hotSince ?? g.now;
    const left = Math.ceil((since + g.coolDownSeconds * 1000 - g.now) / 1000);
    if (left > 0) {
      return {
        enabled: false,
        reason: 'cool-down',
        secondsLeft: left,
        message: `This text still runs hot. Insert unlocks in ${left} s: take a breath, or calm the wording and it unlocks at once.`,
      };
    }
  }
  return { enabled: true };
}
