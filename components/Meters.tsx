import type { CSSProperties } from 'react';
import { HEAT_HOT, HEAT_WARM, heatLevel } from '@/lib/analysis/heat';
import type { LengthReading } from '@/lib/compose/length';

/**
 * How heated the draft reads, with a nudge to step away when it runs hot (GUIDANCE.md point 1).
 * Level, words and colour come from heatLevel(), the scale the in-page badge shows too.
 */
export function HeatMeter({ heat }: { heat: number }) {
  const value = Math.max(0, Math.min(1, Number.isFinite(heat) ? heat : 0));
  const { level, words, colour } = heatLevel(value);
  return (
    <div className={`heat heat-${level}`} data-testid="heat" data-level={level} style={{ '--heat': colour } as CSSProperties}>
      <div className="meter-row">
        <span id="heat-label">Tone</span>
        <meter min={0} max={1} low={HEAT_WARM} high={HEAT_HOT} optimum={0} value={value} aria-labelledby="heat-label" aria-valuetext={words} />
        <span className="meter-value">{words}</span>
      </div>
      {level === 'hot' && (
        <p className="step-away" data-testid="step-away" role="note">
          This reads as written in the heat of the moment. Step away for a few minutes before replying: the review will still be there, and a calm reply does more good.
        </p>
      )}
    </div>
  );
}

/** Length against the platform's limit (characters, or bytes on Google). */
export function LengthMeter({ reading, platformName }: { reading: LengthReading; platformName?: string }) {
  const { used, limit, unit, over } = reading;
  return (
    <div className={`length ${over ? 'over' : ''}`} data-testid="length" data-over={String(over > 0)}>
      <div className="meter-row">
        <span id="length-label">Length</span>
        {limit !== undefined && <meter min={0} max={limit} high={limit * 0.9} optimum={0} value={Math.min(used, limit)} aria-labelledby="length-label" />}
        <span className="meter-value">
          {used.toLocaleString('en')}
          {limit !== undefined ? ` / ${limit.toLocaleString('en')}` : ''} {unit}
        </span>
      </div>
      {over > 0 && (
        <p className="warn" role="alert" data-testid="over-limit">
          {over.toLocaleString('en')} {unit} over {platformName ? `${platformName}’s` : 'the site’s'} limit: the site may cut it short or refuse it. Try the Short version.
        </p>
      )}
    </div>
  );
}
