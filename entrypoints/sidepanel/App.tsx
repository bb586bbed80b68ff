import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { Panel, type PanelProps } from '@/components/Panel';
import { createAnalyzer } from '@/lib/analysis';
import { composeReply, firstNameOf, HOT, insertGate, measureLength } from '@/lib/compose';
import { ownerActionFrom } from '@/lib/compose/actions';
import { analyzerSettingsFor, replySoonDaysOf } from '@/lib/settings';
import { needsSignatureReminder } from '@/lib/settings/first-run';
import { daysBetween, parseReviewDate, postedLabel } from '@/lib/followups/dates';
import { dueFollowUps, dueLabel, shortDate } from '@/lib/followups/schedule';
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

const firstName = (author: string | undefined) => firstNameOf(author) || undefined;

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
  const { tab, settings, settingsNotice, settingsLoaded, signatureReminded, kept, ignored, status, pending, hotSince, followUps, followUpsError, remind, picking } =
    usePanelStore();
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
  const analyzer = useMemo(() => createAnalyzer(analyzerSettingsFor(settings, platform)), [settings, platform]);
  // An action the owner's draft already states goes into the suggestion instead of a blank.
  // (read only when the draft's own analysis found an action, so typing stays cheap)
  const draftText = tab?.analysis?.structure.action ? (tab?.draft ?? '') : '';
  const ownerAction = useMemo(() => (hasBox && draftText ? ownerActionFrom(draftText, analyzer) : undefined), [hasBox, draftText, analyzer]);
  const reply = useMemo(
    () =>
      hasBox
        ? composeReply({ review: { text: reviewText, author, rating }, business: settings.business, variant, limit, platform, ownerAction })
        : undefined,
    [hasBox, reviewText, author, rating, settings.business, variant, limit, platform, ownerAction],
  );
  const composed = reply?.text ?? '';
  const text = kept.texts[variant] ?? composed;
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

  // The review's age, read fresh each render (a panel left open overnight moves on a day).
  const today = new Date();
  const reviewDate = parseReviewDate(box?.review?.date, today);
  const age = reviewDate ? daysBetween(reviewDate, today) : undefined;
  const waitDays = replySoonDaysOf(settings);
  const lowRated = rating !== undefined && rating <= 3;
  const replySoon =
    age !== undefined && lowRated && waitDays > 0 && age >= waitDays
      ? `This review has waited ${age === 1 ? 'a day' : `${age} days`} for an answer. A prompt, kind reply shows ${firstName(author) ?? 'the customer'} they matter, and shows the next reader too.`
      : undefined;
  const due = followUps ? dueFollowUps(followUps, today) : [];
  const remindHere = remind && remind.key === actions.currentKey() ? remind : undefined;

  const view: PanelProps['view'] = !tab ? 'connecting' : tab.siteEnabled === false ? 'site-off' : box ? 'ready' : 'no-box';
  const platformName = platformNameOf(platform ?? tab?.offPlatform, tab?.url);

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
        onPickReview={box ? actions.pickReview : undefined}
        onForgetPick={box ? actions.forgetPick : undefined}
        picking={picking}
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
        onTurnSiteOn={platform ?? tab?.offPlatform ? () => actions.turnSiteOn((platform ?? tab?.offPlatform)!) : undefined}
        posted={reviewDate && age !== undefined ? { date: reviewDate, label: postedLabel(age) } : undefined}
        replySoon={replySoon}
        followUpsError={followUpsError}
        signatureReminder={
          settingsLoaded && signatureReminded === false && needsSignatureReminder(settings, false)
            ? { onAdd: () => actions.endSignatureReminder(true), onDismiss: () => actions.endSignatureReminder(false) }
            : undefined
        }
        due={{
          items: due,
          dueLabel: (d) => dueLabel(d, today),
          isDue: () => true,
          platformName: (id) => platformNameOf(id, undefined),
          ...actions.followUpActions,
        }}
        remind={
          remindHere
            ? {
                reviewer: remindHere.reviewer,
                promise: remindHere.promise,
                due: remindHere.due,
                dueLabel: (d) => shortDate(d, today),
                saved: remindHere.saved,
                onRemind: actions.remindMe,
              }
            : undefined
        }
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
                actions: reply?.actions,
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
