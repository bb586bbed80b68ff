import type { Category, Flag } from './types';
// light on purpose (no imports of its own beyond placeholders): the content script's badge uses this file
import { HOT } from '../compose/gate';

/**
 * Heat: how angry the draft reads, 0 calm … 1 furious.
 *
 *   points = Σ over flags  weight(category) × severityFactor(rule severity)
 *   heat   = 1 − e^(−points / 2), rounded to two decimals
 *
 * weights: emotional 1, defensive 0.7, excuse 0.3, apology 0.3, policy 0 (a phone number is a
 * platform problem, not anger). severity: high 1, medium 0.6, low 0.35.
 * So one insult (emotional, high) gives 0.39, two give 0.63, a single "due to" (excuse, low) 0.05;
 * a calm reply scores 0. The exponential keeps adding signals meaningful without ever passing 1.
 */
const WEIGHT: Record<Category, number> = { emotional: 1, defensive: 0.7, excuse: 0.3, apology: 0.3, policy: 0 };
const SEVERITY: Record<string, number> = { high: 1, medium: 0.6, low: 0.35 };

export function heatOf(flags: Flag[], severityOf: (rule: string) => string): number {
  let points = 0;
  for (const f of flags) points += WEIGHT[f.category] * (SEVERITY[severityOf(f.rule)] ?? 0.6);
  const heat = 1 - Math.exp(-points / 2);
  return Math.round(heat * 100) / 100;
}

/**
 * The one heat scale the panel's tone meter and the in-page badge both show, so they never
 * disagree (the badge used to stay green, "fine to post", while the panel said "A little heated").
 * Thresholds: hot from the cool-down's HOT (lib/compose/gate.ts, 0.5), warm from half that.
 * The colours carry white text on the 24 px badge, each at a contrast of at least 4.5:1.
 */
export type HeatLevelName = 'calm' | 'warm' | 'hot';
export interface HeatLevel {
  level: HeatLevelName;
  /** The panel's words for it, capitalised as a label: "Calm", "A little heated", "Running hot". */
  words: string;
  colour: string;
}

export const HEAT_HOT = HOT;
export const HEAT_WARM = HOT / 2;

const LEVELS: Record<HeatLevelName, Omit<HeatLevel, 'level'>> = {
  calm: { words: 'Calm', colour: 'hsl(140 70% 26%)' },
  warm: { words: 'A little heated', colour: 'hsl(30 100% 29%)' },
  hot: { words: 'Running hot', colour: 'hsl(0 70% 42%)' },
};

/** Where a heat (0 calm … 1 furious; anything else reads as calm or furious) falls on the scale. */
export function heatLevel(heat: number): HeatLevel {
  const h = Math.max(0, Math.min(1, Number.isFinite(heat) ? heat : 0));
  const level: HeatLevelName = h >= HEAT_HOT ? 'hot' : h >= HEAT_WARM ? 'warm' : 'calm';
  return { level, ...LEVELS[level] };
}
