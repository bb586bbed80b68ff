import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { Panel, type PanelProps } from '@/components/Panel';
import { createAnalyzer } from '@/lib/analysis';
import { composeReply, HOT, insertGate, measureLength } from '@/lib/compose';
import { analyzerSettingsFor } from '@/lib/settings';
import { PLATFORM_HOSTS } from '@/lib/sites/hosts';
import * as actions from './actions';
import { usePanelStore } from './store';

const SUPPORTED = PLATFORM_HOSTS.map((p) => p.name);

function platformNameOf(platform: string | undefined, url: string | undefined): string {
  const known = PLATFORM_HOSTS.find((p) => p.id === platform);
  if (known) return known.name;
  try {
    return url ? new URL(url).hostname : 'this site';
  } catch {
    return 'this site';
  }
}

/** Re-renders once a second while something counts down (the cool-down). */
function useNow(ticking: boolean): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!ticking) return;
    const t = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(t);
  }, [ticking]);
  // The tick only re-renders; the time itself is read fresh so it is never a second behind.
  return Date.now();
}

export function App() {
  const { tab, settings, settingsNotice, kept, ignored, status, pending, hotSince } = usePanelStore();
  useEffect(() => actions.start(), []);

  const box = tab?.box;
  const platform = box?.platform;
  const limit = box?.limit ?? tab?.analysis?.length.limit;
  const variant = kept.variant ?? settings.business.replyLength;
  // Each keystroke brings a new box object; recompose only when the review itself changes.
  const hasBox = !!box;
  const reviewText = box?.review?.text;
  const author = box?.review?.author;
  const rating = box?.review?.rating;
  const composed = useMemo(
    () =>
      hasBox
        ? composeReply({ review: { text: reviewText, author, rating }, business: settings.business, variant, limit, platform }).text
        : '',
    [hasBox, reviewText, author, rating, settings.business, variant, limit, platform],
  );
  const text = kept.texts[variant] ?? composed;
  const analyzer = useMemo(() => createAnalyzer(analyzerSettingsFor(settings, platform)), [settings, platform]);
  // Typing stays smooth on long texts: the check runs on a deferred copy of the text.
  const checked = useDeferredValue(text);
  const suggestionAnalysis = useMemo(() => {
    if (!hasBox || !checked.trim()) return undefined;
    try {
      return analyzer.analyse(checked, { review: reviewText, platform, rating, reviewer: author });
    } catch {
      return undefined;
    }
  }, [analyzer, checked, hasBox, reviewText, platform, rating, author]);
  const heat = suggestionAnalysis?.heat ?? 0;
  useEffect(() => actions.setHot(heat >= HOT), [heat]);

  const cooling = settings.coolDownSeconds > 0 && heat >= HOT;
  const now = useNow(cooling);
  const gate = insertGate({ text, heat, coolDownSeconds: settings.coolDownSeconds, hotSince, now, hasBox: !!box });
  const key = actions.currentKey() ?? '';

  const view: PanelProps['view'] = !tab ? 'connecting' : tab.siteEnabled === false ? 'site-off' : box ? 'ready' : 'no-box';
  const platformName = platformNameOf(platform, tab?.url);

  return (
    <main className="panel">
      <header className="panel-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Calm Reply</h1>
      </header>
      <Panel
        view={view}
        platformName={platformName}
        supportedSites={SUPPORTED}
        review={box?.review}
        draft={tab?.draft ?? ''}
        analysis={tab?.analysis}
        error={tab?.error}
        checkedUpTo={tab?.checkedUpTo}
        ignored={ignored[key] ?? []}
        notice={settingsNotice}
        busy={!!pending}
        onApplyFlag={actions.applyFlag}
        onIgnoreFlag={(f) => actions.ignoreFlag(f, true)}
        onUnignoreFlag={(f) => actions.ignoreFlag(f, false)}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        suggestion={
          box
            ? {
                text,
                variant,
                edited: kept.texts[variant] !== undefined && kept.texts[variant] !== composed,
                analysis: suggestionAnalysis,
                gate,
                length: measureLength(text, platform, limit),
                platformName,
                status,
                onChange: (t) => actions.editSuggestion(variant, t),
                onVariant: actions.chooseVariant,
                onRestore: () => actions.restoreSuggestion(variant),
                onInsert: () => actions.insertReply(text),
                onCopy: () => void actions.copyReply(text),
              }
            : undefined
        }
      />
    </main>
  );
}
