/**
 * One heat scale for the panel and the badge (lib/analysis/heat.ts heatLevel): the same draft gets the
 * same words and colour in both places. Reported bug: with 2–3 flags the badge stayed green ("fine to
 * post") while the panel's tone meter said "A little heated".
 */
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { HeatMeter } from '@/components/Meters';
import { createAnalyzer } from '@/lib/analysis/index';
import { HEAT_HOT, HEAT_WARM, heatLevel } from '@/lib/analysis/heat';
import { HOT } from '@/lib/compose/gate';
import { badgeCount, badgeLabel, createBadge, heatColour } from '@/lib/sites/badge';

function badge() {
  const b = createBadge(document, { onOpen: () => {}, canOpenPanel: true });
  const button = b.element.shadowRoot!.querySelector('button')!;
  const css = b.element.shadowRoot!.querySelector('style')!.textContent!;
  return { b, button, css };
}

/** What the panel's tone meter shows for this heat. */
function meter(heat: number) {
  const { unmount } = render(createElement(HeatMeter, { heat }));
  const el = screen.getByTestId('heat');
  const shown = { level: el.dataset.level, words: el.querySelector('.meter-value')!.textContent, colour: el.style.getPropertyValue('--heat') };
  unmount();
  return shown;
}

/** WCAG contrast of white text on an `hsl(h s% l%)` colour. */
function contrastWithWhite(hsl: string): number {
  const [h, s, l] = hsl.match(/[\d.]+/g)!.map(Number) as [number, number, number];
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const lum = 0.2126 * f(0) + 0.7152 * f(8) + 0.0722 * f(4);
  return 1.05 / (lum + 0.05);
}

describe('heatLevel: one scale', () => {
  it('calm below a quarter, a little heated from a quarter, running hot from the cool-down’s HOT', () => {
    expect(HEAT_HOT).toBe(HOT);
    expect(HEAT_WARM).toBe(HOT / 2);
    const levels = [0, 0.24, 0.25, 0.49, 0.5, 1].map((h) => heatLevel(h).level);
    expect(levels).toEqual(['calm', 'calm', 'warm', 'warm', 'hot', 'hot']);
    expect(heatLevel(0.3).words).toBe('A little heated');
    expect(heatLevel(Number.NaN)).toEqual(heatLevel(0));
    expect(heatLevel(7)).toEqual(heatLevel(1));
    expect(heatLevel(-1)).toEqual(heatLevel(0));
  });

  it('three levels, three distinct colours, each carrying white text at 4.5:1 or better', () => {
    const colours = [0, 0.3, 0.8].map((h) => heatLevel(h).colour);
    expect(new Set(colours).size).toBe(3);
    for (const c of colours) expect(contrastWithWhite(c), c).toBeGreaterThanOrEqual(4.5);
  });

  it('the panel’s tone meter and the badge agree at every heat', () => {
    const { b, button } = badge();
    for (let i = 0; i <= 100; i++) {
      const heat = i / 100;
      const panel = meter(heat);
      b.update(2, heat);
      const scale = heatLevel(heat);
      expect(panel).toEqual({ level: scale.level, words: scale.words, colour: scale.colour });
      expect(b.element.getAttribute('data-heat')).toBe(panel.level);
      expect(b.element.style.getPropertyValue('--heat')).toBe(panel.colour);
      expect(button.getAttribute('aria-label')).toContain(`, ${panel.words.toLowerCase()}.`);
    }
  });

  it('the reported draft: three flags, “A little heated” in the panel, and the badge is amber with the same words', () => {
    const text = 'Thank you for your review. Frankly, the wait was due to the holiday rush.';
    const analysis = createAnalyzer().analyse(text);
    expect(analysis.flags).toHaveLength(3);
    expect(meter(analysis.heat).words).toBe('A little heated');
    const { b, button } = badge();
    b.update(analysis.flags.length, analysis.heat);
    expect(b.element.style.getPropertyValue('--heat')).toBe(heatLevel(0.3).colour);
    expect(b.element.style.getPropertyValue('--heat')).not.toBe(heatColour(0));
    expect(button.getAttribute('aria-label')).toBe('Calm Reply: 3 phrases flagged, a little heated. Open the panel.');
  });
});

describe('the badge: label and count', () => {
  it('labels the button with the count and the heat words, for either browser', () => {
    expect(badgeLabel(0, true)).toBe('Calm Reply: no wording flagged, calm. Open the panel.');
    expect(badgeLabel(1, true, 0.1)).toBe('Calm Reply: 1 phrase flagged, calm. Open the panel.');
    expect(badgeLabel(3, true, 0.3)).toBe('Calm Reply: 3 phrases flagged, a little heated. Open the panel.');
    expect(badgeLabel(6, false, 0.9)).toBe('Calm Reply: 6 phrases flagged, running hot. Show how to open the Calm Reply sidebar.');
    const { b, button } = badge();
    b.update(4, 0.7);
    expect(button.getAttribute('aria-label')).toBe(badgeLabel(4, true, 0.7));
    expect(button.title).toBe(button.getAttribute('aria-label'));
  });

  it('the count fits the 24 px circle at any count: two digits in the normal font, “99+” in a smaller one', () => {
    const { b, button, css } = badge();
    b.update(5, 0.1);
    expect(button.textContent).toBe('5');
    expect(button.hasAttribute('data-long')).toBe(false);
    b.update(99, 0.1);
    expect(button.textContent).toBe('99');
    expect(button.hasAttribute('data-long')).toBe(false);
    b.update(120, 1);
    expect(button.textContent).toBe('99+');
    expect(button.hasAttribute('data-long')).toBe(true);
    expect(b.element.getAttribute('data-flags')).toBe('120');
    expect(badgeCount(100)).toBe('99+');
    // the smaller font: three characters of a bold system font (about 0.62em each) within the circle, with room to spare
    const normal = Number(/button \{[^}]*font: \d+ (\d+)px/.exec(css)![1]);
    const small = Number(/button\[data-long\] \{[^}]*font-size: (\d+(?:\.\d+)?)px/.exec(css)![1]);
    expect(small).toBeLessThan(normal);
    expect(3 * 0.62 * small).toBeLessThanOrEqual(20);
    expect(2 * 0.62 * normal).toBeLessThanOrEqual(20);
    b.update(7, 0);
    expect(button.hasAttribute('data-long')).toBe(false);
  });
});
