/**
 * Private messages are not replies: Calm Reply never marks or reads a direct-message or chat
 * composer. Each case has a positive control built the same way that is a reply box.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { replyBoxOf, skipReason } from '@/lib/sites/detect';

afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

const box = (html: string) => {
  document.body.innerHTML = html;
  return document.getElementById('box')!;
};

describe('private message composers', () => {
  it.each([
    ['a chat pop-up labelled “Message”', '<div contenteditable="true" role="textbox" id="box" aria-label="Message"></div>'],
    ['LinkedIn’s messaging overlay', '<div class="msg-form"><div contenteditable="true" id="box" aria-label="Write a message…"></div></div>'],
    ['a textarea with a chat placeholder', '<textarea id="box" placeholder="Send a chat"></textarea>'],
    ['a box inside a conversation dialog', '<div role="dialog" aria-label="Conversation with Dana"><div contenteditable="true" id="box" aria-label="Type here"></div></div>'],
  ])('skips %s', (_name, html) => {
    const el = box(html);
    expect(skipReason(el)).toBe('private message');
    expect(replyBoxOf(el)).toBeNull();
  });

  it.each([
    ['a comment box', '<div contenteditable="true" role="textbox" id="box" aria-label="Write a comment…"></div>'],
    ['a reply box that mentions a message', '<textarea id="box" aria-label="Reply to this review (your message is public)"></textarea>'],
    ['an unlabelled box in a post dialog', '<div role="dialog" aria-label="Sunny Café’s post"><div contenteditable="true" id="box"></div></div>'],
  ])('positive control: keeps %s', (_name, html) => {
    const el = box(html);
    expect(skipReason(el)).toBeUndefined();
    expect(replyBoxOf(el)).toBe(el);
  });

  it('skips every box on a messaging inbox page, and the same box elsewhere is a reply box', () => {
    const el = box('<textarea id="box" aria-label="Reply"></textarea>');
    expect(replyBoxOf(el)).toBe(el);
    history.replaceState(null, '', '/messages/t/12345');
    expect(skipReason(el)).toBe('private message');
    history.replaceState(null, '', '/direct/inbox/');
    expect(replyBoxOf(el)).toBeNull();
    history.replaceState(null, '', '/biz/sunny-cafe/reviews');
    expect(replyBoxOf(el)).toBe(el);
  });
});
