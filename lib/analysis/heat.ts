import type { Category, Flag } from './types';

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
