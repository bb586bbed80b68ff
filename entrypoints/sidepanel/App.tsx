import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { Panel, type PanelProps } from '@/components/Panel';
import { createAnalyzer } from '@/lib/analysis';
import { composeReply, domainOfBusiness, firstNameOf, HOT, insertGate, measureLength } from '@/lib/compose';
import { calmerDraft, type CalmerInput, type CalmerResult } from '@/lib/compose/calmer';
import { readReviewForReply } from '@/lib/compose/reading';
import type { Analysis } from '@/lib/analysis/types';
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

/** Up to this length the calmer version is made as the draft arrives (tens of milliseconds); past it, after a pause in typing. */
const CALMER_AT_ONCE = 2000;
const CALMER_PAUSE_MS = 300;

/**
 * The calmer version of the owner's draft, made again only when the draft or its analysis changed (or the
 * review, the owner's rules or profile), never on a render for anything else; a long draft's after a pause.
 * `pending`: the result is for an earlier draft (a long one's is being waited for).
 */
function useCalmer(input: (Omit<CalmerInput, 'analysis'> & { analysis: Analysis }) | undefined, deps: unknown[]): { result?: CalmerResult; pending: boolean } {
  const long = (input?.draft.length ?? 0) > CALMER_AT_ONCE;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const now = useMemo(() => (input && !long ? calmerDraft(input) : undefined), [long, ...deps]);
  const [later, setLater] = useState<{ draft: string; result: CalmerResult }>();
  const last = useRef<CalmerResult>(undefined);
  useEffect(() => {
    if (!input || !long) return;
    const timer = setTimeout(() => setLater({ draft: input.draft, result: calmerDraft(input) }), CALMER_PAUSE_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [long, ...deps]);
  if (!input) return { pending: false };
  if (!long) {
    last.current = now;
    return { result: now, pending: false };
  }
  if (later?.draft === input.draft) {
    last.current = later.result;
    return { result: later.result, pending: false };
  }
  return { result: last.current ?? later?.result, pending: true };
}

export function App() {
  const { tab, settings, settingsNotice, settingsLoaded, signatureReminded, kept, ignored, status, pending, hotSince, followUps, followUpsError, remind, picking, inserted } =
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
        ? composeReply({
            review: { text: reviewText, author, rating },
            business: settings.business,
            variant,
            limit,
            platform,
            ownerAction,
            flagged: (text) => analyzer.analyse(text, { review: reviewText, platform, rating }).flags.length > 0,
          })
        : undefined,
    [hasBox, reviewText, author, rating, settings.business, variant, limit, platform, ownerAction, analyzer],
  );
  const composed = reply?.text ?? '';

  // Once the owner has written something (in English), the reply to post starts from their own draft:
  // its flagged words fixed, its other sentences word for word, the missing parts added from the review.
  const key = actions.currentKey() ?? '';
  const draft = tab?.draft ?? '';
  const draftAnalysis = tab?.analysis;
  const calmerOffered = hasBox && draft.trim() !== '' && draftAnalysis?.language === 'en' && !tab?.error;
  // the owner's choice; else where their kept edit is (an edit of the composed reply comes back as they left it)
  const edits = kept.fromDraft === undefined && Object.keys(kept.texts).length > 0 ? 'review' : 'draft';
  const source = calmerOffered ? (kept.source ?? edits) : 'review';
  const ignoredHere = ignored[key];
  const reading = useMemo(
    () => (calmerOffered ? readReviewForReply({ text: reviewText, rating }, { platform, domain: domainOfBusiness(settings.business.kind) }) : undefined),
    [calmerOffered, reviewText, rating, platform, settings.business.kind],
  );
  const calmer = useCalmer(
    calmerOffered && source === 'draft' && draftAnalysis
      ? {
          draft,
          analysis: draftAnalysis,
          reading,
          business: settings.business,
          limit,
          // the same context the background analysed the draft with, so the re-checks agree with its flags
          context: { review: reviewText, platform, rating, reviewer: author, ...(ignoredHere?.length ? { ignored: ignoredHere } : {}) },
          analyzer,
        }
      : undefined,
    [calmerOffered && source === 'draft', draft, draftAnalysis, reading, settings.business, limit, reviewText, platform, rating, author, ignoredHere, analyzer],
  );
  const calmerText = calmer.result?.text ?? '';
  const fromDraft = source === 'draft';
  const text = fromDraft ? (kept.fromDraft ?? calmerText) : (kept.texts[variant] ?? composed);
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
                edited: fromDraft
                  ? kept.fromDraft !== undefined && kept.fromDraft !== calmerText
                  : kept.texts[variant] !== undefined && kept.texts[variant] !== composed,
                analysis: suggestionAnalysis,
                gate,
                length: measureLength(text, platform, limit),
                platformName,
                status,
                actions: fromDraft ? undefined : reply?.actions,
                generic: reply?.generic,
                source: calmerOffered ? { value: source, onChange: actions.chooseSource } : undefined,
                calmer:
                  fromDraft
                    ? {
                        changes: calmer.result?.changes ?? [],
                        unchanged: calmer.result?.unchanged ?? true,
                        reason: calmer.result?.reason,
                        pending: calmer.pending,
                        draftMoved: kept.fromDraft !== undefined && kept.fromDraftBase !== undefined && kept.fromDraftBase !== calmerText,
                      }
                    : undefined,
                inserted: inserted && inserted.key === key ? { text: inserted.text, onAgain: actions.showSuggestionAgain } : undefined,
                onChange: (t) => (fromDraft ? actions.editFromDraft(t, calmerText) : actions.editSuggestion(variant, t)),
                onVariant: actions.chooseVariant,
                onRestore: () => (fromDraft ? actions.restoreFromDraft() : actions.restoreSuggestion(variant)),
                onInsert: () => actions.insertReply(text),
                onCopy: () => void actions.copyReply(text),
              }
            : undefined
        }
      />
    </main>
  );
}
