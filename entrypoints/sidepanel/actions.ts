/**
 * The panel's glue: keeps the edited suggestion in storage, sends inserts, answers their results,
 * copies to the clipboard. Components stay free of browser APIs; this file is where they meet.
 */
import { withMention } from '@/lib/compose/mention';
import type { Flag } from '@/lib/analysis/types';
import { fixEdit } from '@/lib/analysis/apply-fix';
import type { BackgroundToPanel, InsertRange, InsertResult } from '@/lib/messages';
import { clearKept, loadKept, pruneKept, replyBoxKey, saveKept, type Variant } from '@/lib/settings/drafts';
import { loadIgnored, saveIgnored } from '@/lib/settings/ignored';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings';
import { flagKey } from '@/components/FlagList';
import { connectPanel, type PanelConnection } from './connection';
import { browser } from 'wxt/browser';
import { promiseIn } from '@/lib/followups/dates';
import { shortDate } from '@/lib/followups/schedule';
import { addFollowUp, listFollowUps, markDone, removeFollowUp, snoozeFollowUp, updateFollowUp, watchFollowUps } from '@/lib/followups/store';
import { firstNameOf } from '@/lib/compose';
import { SIGNATURE_REMINDED_KEY } from '@/lib/settings/first-run';
import { usePanelStore, type Kept } from './store';
import type { ReplySource } from '@/components/SuggestionEditor';

const get = usePanelStore.getState;
const set = usePanelStore.setState;

/** No answer from the page within this time counts as a failed insert (the reply is copied). */
const INSERT_TIMEOUT_MS = 10_000;

let conn: PanelConnection | undefined;
let insertTimer: ReturnType<typeof setTimeout> | undefined;

export function currentKey(): string | undefined {
  const tab = get().tab;
  return tab?.box ? replyBoxKey(tab.url, tab.box) : undefined;
}

/**
 * The edit of the calmer version of the draft is kept beside the composed reply's edits, under the box's
 * key with this ending (the kept entry holds one text per reply length; the calmer version has no length).
 */
const FROM_DRAFT = '#from-draft';
const fromDraftKey = (key: string) => `${key}${FROM_DRAFT}`;

/** Both kept edits of one box; rejects when either cannot be read. */
async function loadBoth(key: string): Promise<{ kept?: Awaited<ReturnType<typeof loadKept>>; fromDraft?: string }> {
  const [kept, mine] = await Promise.all([loadKept(key), loadKept(fromDraftKey(key))]);
  return { kept, fromDraft: mine?.texts.standard };
}

// Saves are chained and coalesced: each keystroke schedules one, only the latest text is written,
// and writes never overtake each other.
let saving: Promise<void> = Promise.resolve();
let queued: { key: string; kept: Kept } | undefined;
/**
 * Boxes whose kept edits or ignored flags could not be read: writing now would put a partial copy
 * over what the browser still holds, so each write first reads again, and waits if it still fails.
 */
const unread = { kept: new Set<string>(), ignored: new Set<string>() };
const UNREADABLE = 'Calm Reply could not read what it kept for this reply from the browser, so it is not saving over it. Copy your edits before closing the panel.';

/** Reads again what could not be read; true when this box may be written. */
async function readable(kind: 'kept' | 'ignored', key: string): Promise<boolean> {
  if (!unread[kind].has(key)) return true;
  try {
    if (kind === 'kept') {
      const { kept, fromDraft } = await loadBoth(key);
      const now = get().kept;
      // What the owner typed meanwhile wins over the older kept text, as when the box first loads.
      if (now.key === key)
        set({ kept: { ...now, loaded: true, variant: now.variant ?? kept?.variant, texts: { ...(kept?.texts ?? {}), ...now.texts }, fromDraft: now.fromDraft ?? fromDraft, source: now.source ?? kept?.source } });
    } else {
      const list = await loadIgnored(key);
      const { ignored } = get();
      set({ ignored: { ...ignored, [key]: [...new Set([...list, ...(ignored[key] ?? [])])] } });
    }
    unread[kind].delete(key);
    return true;
  } catch {
    set({ status: { kind: 'failed', message: UNREADABLE } });
    return false;
  }
}

function persist(key: string, kept: Kept) {
  const first = !queued;
  queued = { key, kept };
  if (!first) return;
  saving = saving.then(async () => {
    const q = queued!;
    queued = undefined;
    if (!(await readable('kept', q.key))) return;
    // The read may have merged older kept text in: write what the panel holds now.
    const current = get().kept.key === q.key ? get().kept : q.kept;
    const { texts, fromDraft, source } = current;
    try {
      // the owner's choice of reply is kept with their edits, and on its own when they made no edit
      if (Object.keys(texts).length === 0 && !source) await clearKept(q.key);
      else await saveKept(q.key, { variant: q.kept.variant ?? get().settings.business.replyLength, texts, ...(source ? { source } : {}) });
      if (fromDraft === undefined) await clearKept(fromDraftKey(q.key));
      else await saveKept(fromDraftKey(q.key), { variant: 'standard', texts: { standard: fromDraft } });
    } catch {
      set({ status: { kind: 'failed', message: 'Your edits could not be saved in the browser. Copy them before closing the panel.' } });
    }
  });
}

/** Loads the kept edits when the bound reply box changes. */
async function followBox() {
  const key = currentKey();
  if (key === get().kept.key) return;
  set({ kept: { key, loaded: false, texts: {} }, hotSince: undefined, ...(get().inserted?.key !== key ? { inserted: undefined } : {}) });
  if (!key) return;
  const [{ kept, fromDraft }, ignoredHere] = await Promise.all([
    loadBoth(key).catch(() => {
      unread.kept.add(key);
      return { kept: undefined, fromDraft: undefined };
    }),
    loadIgnored(key).catch(() => {
      unread.ignored.add(key);
      return [] as string[];
    }),
  ]);
  if (unread.kept.has(key) || unread.ignored.has(key)) set({ status: { kind: 'failed', message: UNREADABLE } });
  const now = get().kept;
  if (now.key !== key) return;
  // Edits typed while storage was being read win over older kept ones; ignores made meanwhile add up.
  const { ignored } = get();
  set({
    kept: { ...now, key, loaded: true, variant: now.variant ?? kept?.variant, texts: { ...(kept?.texts ?? {}), ...now.texts }, fromDraft: now.fromDraft ?? fromDraft, source: now.source ?? kept?.source },
    ignored: { ...ignored, [key]: [...new Set([...ignoredHere, ...(ignored[key] ?? [])])] },
  });
}

export function start(): () => void {
  conn = connectPanel((msg: BackgroundToPanel) => {
    if (msg.type === 'insert-result') onInsertResult(msg.result);
    else get().receive(msg);
  });
  void pruneKept().catch(() => {});
  void loadSettings().then(({ settings, notice }) => set({ settings, settingsNotice: notice, settingsLoaded: true }));
  void browser.storage.local
    .get(SIGNATURE_REMINDED_KEY)
    .then((got) => set({ signatureReminded: got[SIGNATURE_REMINDED_KEY] === true }))
    .catch(() => set({ signatureReminded: true }));
  const unwatch = watchSettings((settings) => set({ settings, settingsNotice: undefined }));
  const unsub = usePanelStore.subscribe((s, prev) => {
    if (s.tab !== prev.tab) {
      void followBox();
      followInserted();
    }
  });
  void refreshFollowUps();
  const unwatchFollowUps = watchFollowUps(() => void refreshFollowUps());
  void browser.storage.local
    .get(NOTIFICATIONS_ASKED)
    .then((got) => (notificationsAsked = got[NOTIFICATIONS_ASKED] === true))
    .catch(() => {});
  return () => {
    unwatch();
    unsub();
    unwatchFollowUps();
  };
}

export function editSuggestion(variant: Variant, text: string) {
  const { kept } = get();
  if (!kept.key) return;
  const next: Kept = { ...kept, variant, texts: { ...kept.texts, [variant]: text } };
  set({ kept: next, status: get().status?.kind === 'pending' ? get().status : undefined });
  persist(kept.key, next);
}

/** The owner edited the calmer version of their draft (`base`: the calmer version they started from). */
export function editFromDraft(text: string, base: string) {
  const { kept } = get();
  if (!kept.key) return;
  const next: Kept = { ...kept, fromDraft: text, fromDraftBase: kept.fromDraft === undefined ? base : (kept.fromDraftBase ?? base) };
  set({ kept: next, status: get().status?.kind === 'pending' ? get().status : undefined });
  persist(kept.key, next);
}

/** "Update from my draft": forgets the edit of the calmer version, showing the calmer version of the draft as it is now. */
export function restoreFromDraft() {
  const { kept } = get();
  if (!kept.key) return;
  const next: Kept = { ...kept, fromDraft: undefined, fromDraftBase: undefined };
  set({ kept: next });
  persist(kept.key, next);
}

/** The calmer version of the owner's draft, or the reply composed from the review. */
export function chooseSource(source: ReplySource) {
  const next: Kept = { ...get().kept, source };
  set({ kept: next });
  if (next.key) persist(next.key, next);
}

/** After Insert: the suggestion again, in place of what was inserted. */
export function showSuggestionAgain() {
  set({ inserted: undefined, status: undefined });
}

/** Whitespace aside, as editors may reflow it. */
const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * The inserted reply stays in place of the suggestion while the box holds it; once the owner changes the
 * box (or moves to another), the panel follows their draft again.
 */
function followInserted() {
  const { inserted, tab } = get();
  if (!inserted) return;
  if (currentKey() !== inserted.key) {
    if (tab?.box) set({ inserted: undefined });
    return;
  }
  const holds = sameText(tab?.draft ?? '', inserted.text);
  if (holds && !inserted.seen) set({ inserted: { ...inserted, seen: true } });
  else if (!holds && inserted.seen) set({ inserted: undefined, status: undefined });
}

export function chooseVariant(variant: Variant) {
  const { kept } = get();
  const next: Kept = { ...kept, variant };
  set({ kept: next });
  if (kept.key && Object.keys(kept.texts).length) persist(kept.key, next);
}

/** Forgets the owner's edits for this variant, showing the composed suggestion again. */
export function restoreSuggestion(variant: Variant) {
  const { kept } = get();
  if (!kept.key) return;
  const texts = { ...kept.texts };
  delete texts[variant];
  const next: Kept = { ...kept, texts };
  set({ kept: next });
  persist(kept.key, next);
}

export function setHot(hot: boolean) {
  const { hotSince } = get();
  if (hot && hotSince === undefined) set({ hotSince: Date.now() });
  else if (!hot && hotSince !== undefined) set({ hotSince: undefined });
}

function sendInsert(kind: 'reply' | 'flag', text: string, range?: InsertRange) {
  const { tab } = get();
  const key = currentKey();
  if (!tab?.box || !key || !conn) return;
  const pending = { kind, key, text, at: Date.now() };
  const ok = conn.send({ type: 'insert', tabId: tab.tabId, boxId: tab.box.boxId, text, range });
  if (!ok) {
    onInsertResult({ ok: false, method: 'none', readBack: '', reason: 'unreachable', message: 'Calm Reply is reconnecting to the page.' }, pending);
    return;
  }
  set({ pending, status: { kind: 'pending', message: 'Inserting…' } });
  clearTimeout(insertTimer);
  insertTimer = setTimeout(() => {
    if (get().pending)
      onInsertResult({ ok: false, method: 'none', readBack: '', reason: 'unreachable', message: 'The page did not answer, so nothing may have been written into the reply box.' });
  }, INSERT_TIMEOUT_MS);
}

export function insertReply(text: string) {
  // A reply to someone's comment keeps the "@name " the site put in the box (that is what threads it).
  sendInsert('reply', withMention(get().tab?.draft ?? '', text));
}

/** One-click calmer alternative: rewrites only the flag's words in the page's box. */
export function applyFlag(flag: Flag) {
  // The words go with the offsets: if the owner typed since, the page finds them again or refuses.
  // A replacement is applied as applyFix applies it (the sentence tidied round it), as one edit whose
  // range holds the flagged words and whose `expect` is exactly what the range holds now.
  const draft = get().tab?.draft;
  const edit = flag.replacement !== undefined && typeof draft === 'string' && draft.slice(flag.start, flag.end) === flag.text ? fixEdit(draft, flag) : undefined;
  if (edit) sendInsert('flag', edit.text, { start: edit.start, end: edit.end, expect: edit.expect });
  else sendInsert('flag', flag.replacement ?? flag.suggestion ?? '', { start: flag.start, end: flag.end, expect: flag.text });
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export async function copyReply(text: string) {
  const ok = await copyText(text);
  if (ok) offerReminder(text);
  set({
    status: ok
      ? { kind: 'copied', message: 'Copied. Paste it into the reply box on the page.' }
      : { kind: 'copy-failed', message: 'The browser did not allow copying. Select the text above and press Ctrl+C (⌘C on a Mac).' },
  });
}

/**
 * What the owner reads after an insert that did not take: what happened in the page (from the
 * page), then what the panel did about it (the copy happens here, once, and the words say whether
 * it worked). A fix refused because the draft moved copies nothing: there is nothing to paste.
 */
export function failureMessage(result: InsertResult, kind: 'reply' | 'flag', copied: boolean | undefined): string {
  const reason = (result.message ?? 'The reply box did not take the text.').trim();
  if (copied === undefined) return reason;
  if (!copied) return `${reason} The browser did not allow copying either: use Copy, then paste it into the reply box.`;
  return kind === 'reply'
    ? `${reason} Your reply is on your clipboard: paste it into the reply box.`
    : `${reason} The calmer words are on your clipboard: select the flagged words in the reply box and paste.`;
}

function onInsertResult(result: InsertResult, pendingOverride?: ReturnType<typeof get>['pending']) {
  clearTimeout(insertTimer);
  const pending = pendingOverride ?? get().pending;
  set({ pending: undefined, lastInsert: result });
  if (!pending) return;
  if (result.ok) {
    if (pending.kind === 'reply') {
      // The reply is in the page now: the kept edits have done their job.
      // Through the save chain, so a save still queued from the last keystroke cannot bring it back.
      const { kept } = get();
      const cleared: Kept =
        kept.key === pending.key
          ? { ...kept, texts: {}, fromDraft: undefined, fromDraftBase: undefined, source: undefined }
          : { key: pending.key, loaded: true, texts: {} };
      if (kept.key === pending.key) set({ kept: cleared });
      persist(pending.key, cleared);
      // What went in is shown in place of the suggestion (a fresh one would only sit there with its blanks).
      set({
        inserted: { key: pending.key, text: pending.text, seen: sameText(get().tab?.draft ?? '', pending.text) },
        status: { kind: 'inserted', message: 'Read it over in the reply box, then post it there. To undo, press Ctrl+Z (⌘Z) in the reply box.' },
      });
      offerReminder(pending.text);
    } else {
      set({ status: { kind: 'inserted', message: 'Rewritten in the reply box. Press Ctrl+Z (⌘Z) there to undo.' } });
    }
    return;
  }
  if (result.reason === 'draft-changed' || (pending.kind === 'flag' && pending.text === '')) {
    set({ status: { kind: 'failed', message: failureMessage(result, pending.kind, undefined) } });
    return;
  }
  // Still within the click's user activation in practice (the answer takes milliseconds).
  void copyText(pending.text).then((copied) => set({ status: { kind: 'failed', message: failureMessage(result, pending.kind, copied) } }));
}

let ignoreSaving: Promise<void> = Promise.resolve();
export function ignoreFlag(flag: Flag, ignore: boolean) {
  const key = currentKey() ?? '';
  const { ignored } = get();
  const list = new Set(ignored[key] ?? []);
  if (ignore) list.add(flagKey(flag));
  else list.delete(flagKey(flag));
  set({ ignored: { ...ignored, [key]: [...list] } });
  if (!key) return;
  // One write after another, each with the list as it is by then, so quick clicks never lose one.
  ignoreSaving = ignoreSaving.then(async () => {
    if (!(await readable('ignored', key))) return;
    await saveIgnored(key, get().ignored[key] ?? []).catch(() =>
      set({ status: { kind: 'failed', message: 'Calm Reply could not keep that choice in the browser: the flag may come back when the panel reopens.' } }),
    );
  });
}

// ---- follow-ups ------------------------------------------------------------------------------

/** Set once the owner has been asked for notifications (inside their first "Remind me" click). */
const NOTIFICATIONS_ASKED = 'notificationsAsked';
let notificationsAsked = false;

async function refreshFollowUps() {
  try {
    set({ followUps: await listFollowUps(), followUpsError: undefined });
  } catch {
    set({ followUpsError: 'Calm Reply could not read your follow-ups from the browser. They are still there; try reopening the panel.' });
  }
}

/** The reply went in (or was copied): when it promises something by a date, offer to remember it. */
export function offerReminder(reply: string, at = new Date()) {
  const { tab } = get();
  const key = currentKey();
  if (!tab?.box || !key) return;
  let promised: ReturnType<typeof promiseIn>;
  try {
    promised = promiseIn(reply, at);
  } catch {
    promised = undefined;
  }
  if (!promised) {
    set({ remind: undefined });
    return;
  }
  set({
    remind: {
      key,
      promise: promised.promise,
      when: promised.when,
      due: promised.due,
      reviewer: firstNameOf(tab.box.review?.author) || undefined,
      platform: tab.box.platform,
      url: tab.url ?? '',
    },
  });
}

/**
 * "Remind me": the browser's question about notifications must come first in the click (it needs
 * the click's user gesture); the follow-up is saved whatever the answer, and without permission
 * the reminder shows as a count on the toolbar button.
 */
export function remindMe(due: string) {
  let asking: Promise<boolean> | undefined;
  if (!notificationsAsked) {
    try {
      asking = browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
    } catch {
      // A browser without the question (or one that throws at once): the count on the button stands in.
    }
  }
  if (!notificationsAsked) {
    notificationsAsked = true;
    void browser.storage.local.set({ [NOTIFICATIONS_ASKED]: true }).catch(() => {});
  }
  const offer = get().remind;
  if (!offer) return;
  const now = new Date();
  const saved = async () => {
    const allowed = await Promise.resolve()
      .then(() => browser.permissions.contains({ permissions: ['notifications'] }))
      .catch(() => false);
    const who = offer.reviewer ? ` to follow up with ${offer.reviewer}` : ' to follow up';
    const how = allowed ? 'with a notification' : 'with a count on the Calm Reply toolbar button (allow notifications to get a message instead)';
    set({ remind: { ...offer, due, saved: { ok: true, message: `Calm Reply will remind you${who} on ${shortDate(due, now)}, ${how}.` } } });
  };
  void addFollowUp({ platform: offer.platform, url: offer.url, reviewer: offer.reviewer, promise: offer.promise, when: offer.when, due })
    .then(async () => {
      await saved();
      await refreshFollowUps();
      // The browser's question may still be open: say how the reminder comes once it is answered.
      if (asking) void asking.then(() => (get().remind?.saved?.ok ? saved() : undefined));
    })
    .catch((e: unknown) =>
      set({ remind: { ...offer, due, saved: { ok: false, message: e instanceof Error && e.message ? e.message : 'Calm Reply could not save this follow-up.' } } }),
    );
}

function followUpAction(run: () => Promise<unknown>, failed: string) {
  void run()
    .then(() => refreshFollowUps())
    .catch(() => set({ followUpsError: failed }));
}

export const followUpActions = {
  onDone: (id: string) => followUpAction(() => markDone(id), 'Calm Reply could not mark that follow-up done. Try again.'),
  onSnooze: (id: string, days: 1 | 7) => followUpAction(() => snoozeFollowUp(id, days), 'Calm Reply could not snooze that follow-up. Try again.'),
  onDelete: (id: string) => followUpAction(() => removeFollowUp(id), 'Calm Reply could not delete that follow-up. Try again.'),
  onChangeDate: (id: string, due: string) => followUpAction(() => updateFollowUp(id, { due }), 'Calm Reply could not change that date. Try again.'),
};

/** The one reminder about replies signed "The team": shown until the owner acts on it or says not now. */
export function endSignatureReminder(openOptions: boolean) {
  set({ signatureReminded: true });
  void browser.storage.local.set({ [SIGNATURE_REMINDED_KEY]: true }).catch(() => {});
  if (openOptions) void browser.tabs.create({ url: browser.runtime.getURL('/options.html#business-title') }).catch(() => void browser.runtime.openOptionsPage());
}

/** The site is off (options): switch it back on from the panel. Per-site rule overrides stay. */
export function turnSiteOn(platform: string) {
  void loadSettings()
    .then(({ settings }) => {
      const sites = { ...settings.sites };
      const rules = sites[platform]?.rules;
      if (rules && Object.keys(rules).length) sites[platform] = { enabled: true, rules };
      else delete sites[platform];
      return saveSettings({ ...settings, sites });
    })
    .catch(() => set({ status: { kind: 'failed', message: 'Calm Reply could not switch this site back on. Try again from the options page.' } }));
}

/** "Pick the review on the page": the page shows a layer where the owner clicks the review's words. */
export function pickReview() {
  const { tab } = get();
  if (!tab?.box || !conn) return;
  if (conn.send({ type: 'pick-review', tabId: tab.tabId, boxId: tab.box.boxId })) set({ picking: true });
}

/** Forget the review the owner picked for this box: Calm Reply reads the page again. */
export function forgetPick() {
  const { tab } = get();
  if (!tab?.box || !conn) return;
  conn.send({ type: 'forget-pick', tabId: tab.tabId, boxId: tab.box.boxId });
}
