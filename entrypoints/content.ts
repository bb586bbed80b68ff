import { browser } from 'wxt/browser';
import { ALL_PLATFORM_MATCHES } from '@/lib/sites/hosts';
import type { ContentToBackground, ReplyBoxInfo } from '@/lib/messages';

declare const __CALM_REPLY_TEST__: boolean;

/** The editable root an input event came from: a textarea, or the top contenteditable. */
function replyBoxOf(target: EventTarget | null): HTMLElement | null {
  if (target instanceof HTMLTextAreaElement) return target;
  if (!(target instanceof HTMLElement)) return null;
  if (!target.isContentEditable) return null;
  let root: HTMLElement = target;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

function textOf(box: HTMLElement): string {
  return box instanceof HTMLTextAreaElement ? box.value : box.innerText;
}

let nextId = 1;
function boxIdOf(box: HTMLElement): string {
  let id = box.getAttribute('data-calm-reply-box');
  if (!id) {
    id = `box-${nextId++}`;
    box.setAttribute('data-calm-reply-box', id);
  }
  return id;
}

export default defineContentScript({
  matches: ALL_PLATFORM_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const send = (msg: ContentToBackground) => {
      if (ctx.isInvalid) return;
      browser.runtime.sendMessage(msg).catch(() => {});
    };

    // Coalesce: at most one draft message per animation frame, whatever the key rate.
    let pending: HTMLElement | null = null;
    let frame = 0;
    const flush = () => {
      frame = 0;
      const box = pending;
      pending = null;
      if (!box || !box.isConnected) return;
      const info: ReplyBoxInfo = {
        boxId: boxIdOf(box),
        platform: 'generic',
        editor: box instanceof HTMLTextAreaElement ? 'textarea' : 'contenteditable',
      };
      send({ type: 'draft', box: info, text: textOf(box), url: location.href });
    };

    ctx.addEventListener(
      document,
      'input',
      (event) => {
        try {
          const box = replyBoxOf(event.composedPath()[0] ?? event.target);
          if (!box) return;
          pending = box;
          if (!frame) frame = requestAnimationFrame(flush);
        } catch {
          // Never throw into the host page.
        }
      },
      { capture: true },
    );

    if (__CALM_REPLY_TEST__) {
      ctx.addEventListener(window, 'message', (event) => {
        const data = (event as MessageEvent).data as { calmReply?: string } | null;
        if (event.source !== window || data?.calmReply !== 'open-panel-tab') return;
        send({ type: 'open-panel-tab' });
        window.postMessage({ calmReplyAck: 'open-panel-tab' }, '*');
      });
    }
  },
});
