import { browser } from 'wxt/browser';
import type { BackgroundToContent, ContentToBackground } from '@/lib/messages';
import { ALL_PLATFORM_MATCHES } from '@/lib/sites/hosts';
import { adapterFor } from '@/lib/sites';
import { setWholePageReview } from '@/lib/sites/adapter';
import { startController } from '@/lib/sites/controller';
import { wholePageReview } from '@/lib/sites/readability';
import { loadPick, savePick } from '@/lib/settings/picks';

declare const __CALM_REPLY_TEST__: boolean;

export default defineContentScript({
  matches: ALL_PLATFORM_MATCHES,
  allFrames: true,
  // Reply forms in about:blank or srcdoc frames (written by the page's script) belong to the page.
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      let latestDraft: ContentToBackground | undefined;
      const send = (msg: ContentToBackground, retry = true) => {
        if (ctx.isInvalid) return;
        if (msg.type === 'draft') latestDraft = msg;
        browser.runtime.sendMessage(msg).catch(() => {
          // A draft sent while the background was stopping is lost; send the newest one again once
          // it has had time to start, so the panel never stays a keystroke behind.
          if (retry && msg.type === 'draft') ctx.setTimeout(() => latestDraft === msg && send(msg, false), 300);
        });
      };
      setWholePageReview(wholePageReview);
      const controller = startController({
        doc: document,
        signal: ctx.signal,
        adapterFor: (href) => adapterFor(href, { test: __CALM_REPLY_TEST__ }),
        send,
        canOpenPanel: !import.meta.env.FIREFOX,
        picks: { load: (key) => loadPick(key), save: (key, locator) => savePick(key, locator) },
      });

      // Whether this site is switched off is the background's to say (it owns the settings), asked
      // once here and sent again to every tab when the owner changes it.
      const askSitesOff = (attempt = 0) => {
        if (ctx.isInvalid) return;
        browser.runtime
          .sendMessage({ type: 'sites-off?' } satisfies ContentToBackground)
          .then((answer: unknown) => {
            const off = (answer as { off?: unknown } | undefined)?.off;
            if (Array.isArray(off)) controller.setSitesOff(off.filter((x): x is string => typeof x === 'string'));
            else throw new Error('no answer');
          })
          // The background may be starting: ask again a little later.
          .catch(() => attempt < 5 && ctx.setTimeout(() => askSitesOff(attempt + 1), 200 * 2 ** attempt));
      };
      askSitesOff();

      ctx.addEventListener(window, 'wxt:locationchange', () => controller.rescan());
      // WXT notices an update or reload of the extension only when the context is asked; asking
      // every 2 s removes the badge and every listener soon after, even if the owner is idle.
      ctx.setInterval(() => {}, 2000);

      // sendResponse + `return true` works in every Chrome and Firefox; a returned promise does not.
      const onMessage = (raw: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): boolean => {
        try {
          const answer = controller.handle(raw as BackgroundToContent);
          if (!answer) return false;
          answer.then(sendResponse, () =>
            sendResponse({ ok: false, method: 'none', readBack: '', reason: 'editor-refused', message: 'Calm Reply could not write into this reply box.' }),
          );
          return true;
        } catch {
          return false;
        }
      };
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

      if (__CALM_REPLY_TEST__) {
        ctx.addEventListener(window, 'message', (event) => {
          const data = (event as MessageEvent).data as { calmReply?: string } | null;
          if (event.source !== window || data?.calmReply !== 'open-panel-tab') return;
          send({ type: 'open-panel-tab' });
          window.postMessage({ calmReplyAck: 'open-panel-tab' }, '*');
        });
      }
    } catch {
      // Never throw into the host page.
    }
  },
});
