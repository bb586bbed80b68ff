/**
 * The review a box answers is read from the box's own card, thread or dialog, and nothing of its
 * neighbours: pages built here with many cards, a post dialog with comments, "@name " replies,
 * photo-only reviews, modals opened and closed, cards re-rendered under the owner's typing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineAdapter, genericReview, setWholePageReview } from '@/lib/sites/adapter';
import { wholePageReview } from '@/lib/sites/readability';
import { nearestProseBefore } from '@/lib/sites/review';

afterEach(() => {
  setWholePageReview(undefined);
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const $ = (sel: string) => document.querySelector<HTMLElement>(sel)!;
const $$ = (sel: string) => Array.from(document.querySelectorAll<HTMLElement>(sel));

/** One review card the way many dashboards build it: author, stars, date, text, reply form. */
const card = (i: number, body = `<p class="review-text">Review ${i}: the soup came cold and the waiter forgot our bread twice.</p>`) => `
  <li class="review-card" data-n="${i}">
    <span class="author">Guest${i} Smith</span><span role="img" aria-label="${(i % 5) + 1} out of 5 stars"></span><time datetime="2026-10-${String((i % 28) + 1).padStart(2, '0')}">recently</time>
    ${body}
    <form><textarea aria-label="Reply"></textarea></form>
  </li>`;

describe('a page of cards, a box in each', () => {
  it('every box of 40 reads its own card: text, author, rating and date; a photo-only card nothing', () => {
    // Every seventh review is a photo: its box must not read the card above or below it.
    const photo = (i: number) => i % 7 === 3;
    document.body.innerHTML = `<ul>${Array.from({ length: 40 }, (_, i) => card(i, photo(i) ? '<div class="review-text"><img src="p.jpg" alt=""></div>' : undefined)).join('')}</ul>`;
    const boxes = $$('textarea');
    expect(boxes).toHaveLength(40);
    boxes.forEach((box, i) => {
      if (photo(i)) return expect(genericReview(box)).toBeUndefined();
      expect(genericReview(box)).toEqual({
        text: `Review ${i}: the soup came cold and the waiter forgot our bread twice.`,
        author: `Guest${i}`,
        rating: (i % 5) + 1,
        date: `2026-10-${String((i % 28) + 1).padStart(2, '0')}`,
      });
    });
  });

  it('with plain paragraphs and no review hooks, every box still reads its own card (all its paragraphs)', () => {
    document.body.innerHTML = `<div class="list">${Array.from(
      { length: 12 },
      (_, i) => `<div class="item"><p>Stay ${i}, first paragraph: the heating was off all night.</p><p>Stay ${i}, second paragraph: nobody came when we called.</p><textarea></textarea></div>`,
    ).join('')}</div>`;
    $$('textarea').forEach((box, i) => {
      expect(genericReview(box)?.text).toBe(`Stay ${i}, first paragraph: the heating was off all night. Stay ${i}, second paragraph: nobody came when we called.`);
    });
  });

  it('one read costs the same number of whole-page passes with 4 cards as with 40', () => {
    const passes = (n: number) => {
      document.body.innerHTML = `<ul>${Array.from({ length: n }, (_, i) => card(i)).join('')}</ul>`;
      const box = $$('textarea')[Math.floor(n / 2)]!;
      const spy = vi.spyOn(Document.prototype, 'querySelectorAll');
      genericReview(box);
      const count = spy.mock.calls.length;
      spy.mockRestore();
      return count;
    };
    expect(passes(4)).toBe(1);
    expect(passes(40)).toBe(1);
  });
});

describe('a photo-only or empty review reads nothing, never its neighbour', () => {
  const photo = '<div class="review-text"><img src="x.jpg" alt="photo of the room"></div>';

  it('in a list of review cards (middle, first, and one of two)', () => {
    document.body.innerHTML = `<ul>${card(0)}${card(1, photo)}${card(2)}</ul>`;
    expect(genericReview($$('textarea')[1]!)).toBeUndefined();
    document.body.innerHTML = `<ul>${card(0, photo)}${card(1)}${card(2)}</ul>`;
    expect(genericReview($$('textarea')[0]!)).toBeUndefined();
    document.body.innerHTML = `<ul>${card(0)}${card(1, photo)}</ul>`;
    expect(genericReview($$('textarea')[1]!)).toBeUndefined();
    // The card being answered carries state classes its neighbours lack: still one of the list.
    $$('li')[1]!.className = 'review-card review-card--expanded is-replying';
    expect(genericReview($$('textarea')[1]!)).toBeUndefined();
    // Positive control: the same card with words reads them.
    document.body.innerHTML = `<ul>${card(0)}${card(1)}</ul>`;
    expect(genericReview($$('textarea')[1]!)?.text).toBe('Review 1: the soup came cold and the waiter forgot our bread twice.');
  });

  it('in plain div cards that only the review text marks (no card hooks)', () => {
    const item = (inner: string) => `<div class="item">${inner}<div class="actions"><textarea></textarea></div></div>`;
    const words = '<p class="review-text">The lift was broken for our whole stay.</p>';
    document.body.innerHTML = `<div class="list">${item(words)}${item(photo)}</div>`;
    expect(genericReview($$('textarea')[1]!)).toBeUndefined();
    // Positive control.
    document.body.innerHTML = `<div class="list">${item(words)}${item('<p class="review-text">Breakfast ran out early.</p>')}</div>`;
    expect(genericReview($$('textarea')[1]!)?.text).toBe('Breakfast ran out early.');
  });

  it('in plain div cards with only paragraphs (the prose fallback)', () => {
    const item = (inner: string) => `<div class="item"><span class="who">A guest</span>${inner}<textarea></textarea></div>`;
    const words = '<p>The lift was broken for our whole stay on the sixth floor.</p>';
    document.body.innerHTML = `<div class="list">${item(words)}${item('<img src="x.jpg" alt="">')}</div>`;
    setWholePageReview(wholePageReview);
    expect(genericReview($$('textarea')[1]!)).toBeUndefined();
    expect(nearestProseBefore($$('textarea')[1]!)).toBeUndefined();
    // An empty review: the card holds nothing but its name and the box.
    document.body.innerHTML = `<div class="list">${item(words)}${item('')}</div>`;
    expect(genericReview($$('textarea')[1]!)).toBeUndefined();
    // Positive control.
    document.body.innerHTML = `<div class="list">${item(words)}${item('<p>Breakfast ran out before eight every single morning.</p>')}</div>`;
    expect(genericReview($$('textarea')[1]!)?.text).toBe('Breakfast ran out before eight every single morning.');
  });
});

/** A Facebook-like adapter: the post's message is listed before the comments' text. */
const facebookLike = defineAdapter({
  id: 'facebook-like',
  name: 'Facebook-like',
  review: {
    container: ['[role="article"]'],
    text: ['[data-ad-comet-preview="message"]', 'div[dir="auto"]'],
    author: ['h2 a', 'h3 a'],
  },
});
const COMMENTERS = ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli'];
const postDialog = (replyInComment?: number) => `
  <div role="dialog" aria-label="Marta's post">
    <div class="post"><h2><a href="/marta">Marta Ruiz</a></h2>
      <div data-ad-comet-preview="message"><div dir="auto">The post: we waited fifty minutes for eggs that arrived cold.</div></div></div>
    <ul>${COMMENTERS.map(
      (name, i) => `<li><div role="article" aria-label="Comment by ${name}"><h3><a href="/${name.toLowerCase()}">${name} Lee</a></h3>
        <div dir="auto">Comment ${i + 1} by ${name}: same thing happened to us last week.</div></div>
        ${replyInComment === i + 1 ? '<div class="reply"><div contenteditable="true" role="textbox" data-lexical-editor="true" id="reply"><p><br></p></div></div>' : ''}</li>`,
    ).join('')}</ul>
    <form><div contenteditable="true" role="textbox" data-lexical-editor="true" id="composer"><p><br></p></div></form>
  </div>`;

/** A LinkedIn-like adapter (newer layout): the box sits above the comments, under the post. */
const linkedinLike = defineAdapter({
  id: 'linkedin-like',
  name: 'LinkedIn-like',
  review: { container: ['[data-view-name="feed-full-update"]'], text: ['[data-view-name="feed-commentary"]', '[data-testid="expandable-text-box"]'] },
});

describe('a post dialog with comments', () => {
  it('a box above the comments answers the post, not the comments under it', () => {
    const comment = (t: string) => `<div><a href="/in/x/"><p>Someone</p></a><p><span data-testid="expandable-text-box">${t}</span></p></div>`;
    document.body.innerHTML = `<div role="list"><div role="listitem">
      <div><div data-view-name="feed-full-update"><p data-view-name="feed-commentary"><span data-testid="expandable-text-box">The post: our badges arrived a day after the event.</span></p></div></div>
      <div><form><div contenteditable="true" id="box"><p><br></p></div></form>${comment('Same delay for us in March.')}${comment('Did you order by phone?')}</div>
    </div></div>`;
    expect(linkedinLike.readReview($('#box'))?.text).toBe('The post: our badges arrived a day after the event.');
  });

  it('the composer under all the comments answers the post, with its author', () => {
    document.body.innerHTML = postDialog();
    expect(facebookLike.readReview($('#composer'))).toEqual({ text: 'The post: we waited fifty minutes for eggs that arrived cold.', author: 'Marta' });
  });

  it('a reply box opened inside the third comment answers that comment', () => {
    document.body.innerHTML = postDialog(3);
    expect(facebookLike.readReview($('#reply'))).toEqual({ text: 'Comment 3 by Cleo: same thing happened to us last week.', author: 'Cleo' });
    expect(facebookLike.readReview($('#composer'))?.text).toBe('The post: we waited fifty minutes for eggs that arrived cold.');
  });
});

/** An Instagram-like adapter: usernames match the comment selector too. */
const instagramLike = defineAdapter({
  id: 'instagram-like',
  name: 'Instagram-like',
  review: { container: ['article', 'li'], text: ['h1[dir="auto"]', 'span[dir="auto"]'], author: ['a span', 'h2 a'] },
});
const igComment = (name: string, text: string) => `<li><a href="/${name}/"><span dir="auto">${name}</span></a> <span dir="auto">${text}</span></li>`;
const igPage = (comments: string) => `
  <div role="dialog"><article>
    <ul><li><a href="/sunny.cafe/"><span dir="auto">sunny.cafe</span></a><h1 dir="auto">Our new autumn window is up, come and see it.</h1></li>${comments}</ul>
    <section><form><textarea aria-label="Add a comment…"></textarea></form></section>
  </article></div>`;
const IG_COMMENTS = [
  igComment('ana.k', 'Lovely colours this year.'),
  igComment('ben.t', 'Waited half an hour for two coffees inside.'),
  igComment('cleo.m', 'The cakes were stale on Sunday.'),
].join('');

describe('"@name " at the start of the box answers that person', () => {
  const typed = (value: string) => {
    $('textarea').remove();
    $('form').innerHTML = '<textarea aria-label="Add a comment…"></textarea>';
    ($('textarea') as HTMLTextAreaElement).value = value;
    return instagramLike.readReview($('textarea'));
  };

  it('reads the named person\'s comment; without a name, the caption', () => {
    document.body.innerHTML = igPage(IG_COMMENTS);
    expect(typed('')?.text).toBe('Our new autumn window is up, come and see it.');
    expect(typed('@ben.t ')).toEqual({ text: 'Waited half an hour for two coffees inside.', author: 'ben.t' });
    expect(typed('@cleo.m I am sorry')?.text).toBe('The cakes were stale on Sunday.');
    // A name nobody in the thread has: the ordinary reading.
    expect(typed('@nobody ')?.text).toBe('Our new autumn window is up, come and see it.');
  });

  it('a person with two comments in the thread: nothing, rather than a guess', () => {
    document.body.innerHTML = igPage(IG_COMMENTS + igComment('ben.t', 'Also the music was far too loud.'));
    expect(typed('@ben.t ')).toBeUndefined();
    expect(typed('@cleo.m ')?.text).toBe('The cakes were stale on Sunday.');
  });

  it('works in a contenteditable box too (prefilled with a non-breaking space)', () => {
    document.body.innerHTML = igPage(IG_COMMENTS);
    $('form').innerHTML = '<div contenteditable="true" role="textbox"><p>@ana.k\u00a0</p></div>';
    expect(instagramLike.readReview($('[contenteditable]'))?.text).toBe('Lovely colours this year.');
  });
});

describe('a modal bounds the reading', () => {
  // A readable article on the page too: the whole-page reading must not stand in for the modal's.
  const about = `<article><h1>About us</h1>${Array.from({ length: 8 }, (_, i) => `<p>Part ${i + 1}: we are a family hotel by the harbour, open since 1962, with twenty rooms, a garden and a small restaurant serving breakfast and dinner.</p>`).join('')}</article>`;
  const list = () =>
    about +
    `<ul>${[1, 2, 3]
      .map((i) => `<li class="review-card"><p class="review-text" id="r${i}">Review ${i}: the room smelled of smoke.</p><button aria-controls="reply-modal" aria-expanded="false">Reply</button></li>`)
      .join('')}</ul>`;
  const open = (inside: string, attrs = '') => {
    const modal = document.createElement('div');
    modal.innerHTML = `<div class="modal-dialog" id="reply-modal" ${attrs}>${inside}<div contenteditable="true" id="box"><p><br></p></div></div>`;
    document.body.append(modal.firstElementChild!);
    return $('#box');
  };

  it('reads the review shown in the modal', () => {
    document.body.innerHTML = list();
    expect(genericReview(open('<blockquote>In the modal: the shower was cold for three days.</blockquote>'))?.text).toBe('In the modal: the shower was cold for three days.');
  });

  it('a modal showing no review reads nothing from the page behind it, unless the page says which review it answers', () => {
    document.body.innerHTML = list();
    setWholePageReview(wholePageReview);
    expect(genericReview(open('<h2>Write your response</h2>'))).toBeUndefined();
    $('.modal-dialog').remove();
    expect(genericReview(open('<h2>Write your response</h2>', 'aria-describedby="r2"'))?.text).toBe('Review 2: the room smelled of smoke.');
    $('.modal-dialog').remove();
    $$('button')[2]!.setAttribute('aria-expanded', 'true');
    expect(genericReview(open('<h2>Write your response</h2>'))?.text).toBe('Review 3: the room smelled of smoke.');
  });

  it('opened and closed repeatedly: each opening reads its own review, a closed one reads nothing and never throws', () => {
    document.body.innerHTML = list();
    setWholePageReview(wholePageReview);
    for (let round = 0; round < 6; round++) {
      const n = (round % 3) + 1;
      const box = open('<h2>Respond</h2>', `aria-describedby="r${n}"`);
      expect(genericReview(box)?.text).toBe(`Review ${n}: the room smelled of smoke.`);
      $('.modal-dialog').remove();
      expect(() => genericReview(box)).not.toThrow();
      expect(genericReview(box)).toBeUndefined();
    }
  });
});

describe('a reply box in a cell of its own', () => {
  const tweet = (t: string) => `<article data-testid="tweet"><div data-testid="tweetText">${t}</div></article>`;
  const adapter = defineAdapter({ id: 'x-like', name: 'X-like', review: { container: ['article[data-testid="tweet"]'], text: ['[data-testid="tweetText"]'] } });

  it('right after the review\'s card (an inline composer under the post) answers that card', () => {
    document.body.innerHTML = `<main>${tweet('Parent post: where is my order?')}${tweet('The cake had the wrong name on it.')}<div class="cell"><form><div contenteditable="true" id="box"><p><br></p></div></form></div>${tweet('A later reply.')}</main>`;
    expect(adapter.readReview($('#box'))?.text).toBe('The cake had the wrong name on it.');
  });

  it('below a whole list of reviews it answers none of them', () => {
    document.body.innerHTML = `<main><section>${tweet('First review text here.')}${tweet('Second review text here.')}</section><div class="cell"><form><div contenteditable="true" id="box"><p><br></p></div></form></div></main>`;
    expect(adapter.readReview($('#box'))).toBeUndefined();
  });
});

describe('a card re-rendered while the owner types', () => {
  it('the old, detached box reads nothing and does not throw; the new box reads the new card', () => {
    document.body.innerHTML = `<ul>${card(0)}${card(1)}${card(2)}</ul>`;
    setWholePageReview(wholePageReview);
    const old = $$('textarea')[1]!;
    expect(genericReview(old)?.text).toBe('Review 1: the soup came cold and the waiter forgot our bread twice.');
    const fresh = document.createElement('ul');
    fresh.innerHTML = card(7);
    $$('li')[1]!.replaceWith(fresh.firstElementChild!);
    expect(() => genericReview(old)).not.toThrow();
    expect(genericReview(old)).toBeUndefined();
    expect(genericReview($$('textarea')[1]!)?.text).toBe('Review 7: the soup came cold and the waiter forgot our bread twice.');
  });

  it('a box taken off the page reads nothing, not even a page that is one article', () => {
    setWholePageReview(wholePageReview);
    const story = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}: we stayed four nights and the heating never worked, the staff shrugged every time we asked, and breakfast ran out before eight each morning.</p>`).join('');
    document.body.innerHTML = `<form><textarea id="t"></textarea></form><article><h1>My stay</h1>${story}</article>`;
    const box = $('#t');
    expect(genericReview(box)?.text).toContain('Paragraph 8');
    $('form').remove();
    expect(genericReview(box)).toBeUndefined();
  });

  it('an adapter hint the browser rejects does not break the reading', () => {
    const broken = defineAdapter({ id: 'broken', name: 'Broken', review: { container: ['li'], text: ['p[class=', '.review-text'] } });
    document.body.innerHTML = `<ul>${card(0)}${card(1)}</ul>`;
    expect(broken.readReview($$('textarea')[1]!)?.text).toBe('Review 1: the soup came cold and the waiter forgot our bread twice.');
  });
});

describe('author, rating and date from labels, titles and image alts, on the fallback path', () => {
  const page = `
    <div class="feed">
      <article><div class="author-photo" aria-label="Ola Berg"></div><img src="s.png" alt="Rated 2 out of 5"><span class="date" title="12 September 2026">3 weeks ago</span>
        <p>The car park was closed and nobody told us at booking time.</p><textarea></textarea></article>
      <article><div class="author-photo" aria-label="Maria Lopez"><img src="m.png" alt=""></div><img src="s.png" alt="4 out of 5 stars"><span class="date" title="3 October 2026">1 week ago</span>
        <p>Good food, but the music was so loud we could not talk.</p><textarea></textarea></article>
    </div>`;

  it('the generic reading of a card with only a paragraph fills them from the card, not the neighbour', () => {
    document.body.innerHTML = page;
    expect(genericReview($$('textarea')[1]!)).toEqual({ text: 'Good food, but the music was so loud we could not talk.', author: 'Maria', rating: 4, date: '3 October 2026' });
    expect(nearestProseBefore($$('textarea')[0]!)).toEqual({ text: 'The car park was closed and nobody told us at booking time.', author: 'Ola', rating: 2, date: '12 September 2026' });
  });
});

describe('the whole-page reading', () => {
  const story = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}: we stayed four nights and the heating never worked, the staff shrugged every time we asked, and breakfast ran out before eight each morning.</p>`).join('');

  it('applies only on a page with one box and no list of review cards', () => {
    setWholePageReview(wholePageReview);
    document.body.innerHTML = `<form><textarea id="t"></textarea></form><article><h1>My stay</h1>${story}</article>`;
    expect(genericReview($('#t'))?.text).toContain('Paragraph 8');
    document.body.innerHTML = `<form><textarea id="t"></textarea></form><form><textarea></textarea></form><article><h1>My stay</h1>${story}</article>`;
    expect(genericReview($('#t'))).toBeUndefined();
    document.body.innerHTML = `<form><textarea id="t"></textarea></form><div data-review-id="1">${story}</div><div data-review-id="2">${story}</div>`;
    expect(genericReview($('#t'))).toBeUndefined();
  });
});
