/**
 * Every platform adapter against its fixture page (test/fixtures/platforms/<id>): the URL picks
 * the adapter, and the review it reads for the box marked data-target is the one next to it
 * (marked data-expect-review), not the other review on the page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS, GENERIC, adapterFor, platformIdFor } from '@/lib/sites';
import { PLATFORM_HOSTS } from '@/lib/sites/hosts';
import { findBoxes } from '@/lib/sites/detect';

const fixture = (id: string) => readFileSync(resolve('test/fixtures/platforms', id, 'index.html'), 'utf8');

/** Scripts do not run in jsdom: stand in for what each page's editor script renders. */
function renderEditors(id: string): void {
  const el = (sel: string) => document.querySelector<HTMLElement>(sel)!;
  if (id === 'instagram') el('#ig-host').innerHTML = '<form><textarea data-target aria-label="Add a comment…"></textarea></form>';
  if (id === 'x') el('#x-host').innerHTML = '<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0" data-target><div data-contents="true"></div></div></div>';
  if (id === 'linkedin') el('#li-box').innerHTML = '<div class="ql-editor" contenteditable="true" data-target><p><br></p></div>';
  if (id === 'reddit') {
    const outer = el('#composer').attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    outer.append(inner);
    inner.attachShadow({ mode: 'open' }).innerHTML = '<form><textarea data-target></textarea></form>';
  }
}

function target(): HTMLElement {
  const direct = document.querySelector<HTMLElement>('[data-target]');
  if (direct) return direct;
  const box = findBoxes(document).find((b) => b.hasAttribute('data-target'));
  if (!box) throw new Error('no data-target box');
  return box;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

beforeEach(() => {
  document.documentElement.innerHTML = '';
});

describe('platform adapters on their fixture pages', () => {
  it('there is one adapter per platform of hosts.ts, each with its own fixture page', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual(PLATFORM_HOSTS.map((p) => p.id).sort());
    for (const a of ADAPTERS) expect(fixture(a.id)).toContain('data-expect-review');
  });

  for (const { id } of PLATFORM_HOSTS) {
    it(`${id}: the test URL picks the ${id} adapter, which reads the review next to the box`, () => {
      document.documentElement.innerHTML = fixture(id).replace(/<!doctype html>/i, '');
      renderEditors(id);
      const adapter = adapterFor(`http://127.0.0.1:4000/platforms/${id}/index.html?visit=1`, { test: true });
      expect(adapter.id).toBe(id);
      const box = target();
      expect(findBoxes(document, adapter.boxSelectors)).toContain(box);
      const info = adapter.describe(box, 'b1');
      expect(info.platform).toBe(id);
      expect(clean(info.review?.text)).toBe(clean(document.querySelector('[data-expect-review]')!.textContent));
    });
  }

  it('google, tripadvisor, trustpilot, g2 and x also read author (first name), rating and date where shown', () => {
    const read = (id: string) => {
      document.documentElement.innerHTML = fixture(id).replace(/<!doctype html>/i, '');
      renderEditors(id);
      return adapterFor(`http://127.0.0.1/platforms/${id}/`, { test: true }).readReview(target());
    };
    expect(read('google')).toMatchObject({ author: 'Bruno', rating: 1, date: '2 days ago' });
    expect(read('tripadvisor')).toMatchObject({ author: 'Finn', rating: 1 });
    expect(read('trustpilot')).toMatchObject({ author: 'Hugo', rating: 1 });
    expect(read('g2')).toMatchObject({ author: 'Dev', rating: 1, date: '2026-11-18' });
    expect(read('x')).toMatchObject({ author: 'Noah', date: '2026-11-20' });
  });

  it('carries each platform reply limit, and says when it counts bytes (Google)', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const box = document.getElementById('t')!;
    const info = (id: string) => adapterFor(`http://127.0.0.1/platforms/${id}/`, { test: true }).describe(box, 'b');
    expect(info('google')).toMatchObject({ limit: 4096, limitUnit: 'bytes' });
    expect(info('x')).toMatchObject({ limit: 280 });
    expect(info('x').limitUnit).toBeUndefined();
    expect(info('googleplay').limit).toBe(350);
    expect(info('appstore').limit).toBe(5970);
    expect(info('yelp').limit).toBeUndefined();
  });

  it('the generic adapter takes the nearest paragraph before the box on a page without review markup', () => {
    document.documentElement.innerHTML = fixture('generic').replace(/<!doctype html>/i, '');
    const adapter = adapterFor('http://127.0.0.1/platforms/generic/', { test: true });
    expect(adapter).toBe(GENERIC);
    expect(clean(adapter.readReview(target())?.text)).toBe(clean(document.querySelector('[data-expect-review]')!.textContent));
  });

  it('a known platform whose markup changed falls back to the generic reading instead of failing', () => {
    document.body.innerHTML = '<div><p>The delivery was late by a whole week and support ignored me.</p><textarea id="t"></textarea></div>';
    const yelp = adapterFor('https://biz.yelp.com/r/abc', {});
    expect(yelp.id).toBe('yelp');
    expect(yelp.readReview(document.getElementById('t')!)?.text).toBe('The delivery was late by a whole week and support ignored me.');
  });
});

describe('choosing the adapter by address', () => {
  const cases: Array<[string, string]> = [
    ['https://business.google.com/reviews', 'google'],
    ['https://www.google.com/maps/place/x', 'google'],
    ['https://www.google.com/search?q=sunny+cafe', 'google'],
    ['https://www.google.com/local/business/123/customers/reviews', 'google'],
    ['https://biz.yelp.com/inbox', 'yelp'],
    ['https://www.tripadvisor.co.uk/Owners', 'tripadvisor'],
    ['https://businessapp.b2b.trustpilot.com/reviews', 'trustpilot'],
    ['https://business.facebook.com/latest/inbox', 'facebook'],
    ['https://www.instagram.com/p/abc/', 'instagram'],
    ['https://x.com/someone/status/1', 'x'],
    ['https://twitter.com/someone/status/1', 'x'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://www.reddit.com/r/x/comments/1', 'reddit'],
    ['https://sellercentral.amazon.de/feedback-manager', 'amazon'],
    ['https://appstoreconnect.apple.com/apps/1/reviews', 'appstore'],
    ['https://play.google.com/console/u/0/developers/1/app/2/user-feedback/reviews', 'googleplay'],
    ['https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/reviews.html', 'booking'],
    ['https://www.airbnb.co.uk/hosting/reviews', 'airbnb'],
    ['https://www.etsy.com/your/shops/me/reviews', 'etsy'],
    ['https://my.g2.com/reviews', 'g2'],
    ['https://www.capterra.com/vendors/reviews', 'g2'],
  ];
  for (const [url, id] of cases) it(`${url} → ${id}`, () => expect(platformIdFor(url)).toBe(id));

  it('anything else, http look-alikes, the Play store outside /console and garbage are generic', () => {
    for (const url of ['https://example.com/', 'http://www.yelp.com/', 'https://play.google.com/store/apps', 'https://www.google.com/', 'https://www.google.com/gmail', 'https://evil-yelp.com/', 'not a url', ''])
      expect(platformIdFor(url)).toBe('generic');
  });

  it('127.0.0.1 fixture paths name the platform only in the test build', () => {
    expect(platformIdFor('http://127.0.0.1:5000/platforms/reddit/index.html', { test: true })).toBe('reddit');
    expect(platformIdFor('http://127.0.0.1:5000/platforms/reddit/index.html')).toBe('generic');
    expect(platformIdFor('http://127.0.0.1:5000/platforms/nope/index.html', { test: true })).toBe('generic');
  });
});

/**
 * Facebook, Instagram and LinkedIn as owners see them (test/fixtures/platforms/<id>/<page>.html):
 * each box reads the text it answers, written out here, and nothing of its neighbours.
 */
describe('social layouts: the review is the text the box answers', () => {
  const page = (id: string, name: string) => {
    document.documentElement.innerHTML = readFileSync(resolve('test/fixtures/platforms', id, name), 'utf8').replace(/<!doctype html>/i, '');
  };
  const read = (id: string) => adapterFor(`http://127.0.0.1/platforms/${id}/`, { test: true }).readReview(target());
  const MARTA = 'We came in for brunch on Sunday with two small children and waited fifty minutes for eggs that arrived cold. When I asked about it the waiter shrugged and walked off.';
  const CARLA = 'Last time I ordered the hot chocolate it was lukewarm and half the cup was foam. I paid five euros for it and nobody offered to replace it.';
  const CAPTION = 'New seasonal window display is up! Come and see it this weekend.';
  const PRIYA = 'Shame the service inside does not match the window. We waited half an hour for two coffees and the barista was on her phone the whole time.';
  const GRETA = 'Booked Harbour Print for our conference badges. The order arrived a day after the event, and three emails to their support went unanswered. Not the experience I hoped for from a local supplier.';
  const instagramBox = (value = '') => {
    document.getElementById('ig-host')!.innerHTML = `<form><textarea data-target aria-label="Add a comment…"></textarea></form>`;
    (document.querySelector('[data-target]') as HTMLTextAreaElement).value = value;
  };

  it('the pages mark the same texts the tests expect', () => {
    const marked = (id: string, name: string) => {
      page(id, name);
      return clean(document.querySelector('[data-expect-review]')!.textContent);
    };
    expect(marked('facebook', 'post-dialog.html')).toBe(MARTA);
    expect(marked('facebook', 'comments.html')).toBe(CARLA);
    expect(marked('instagram', 'comments.html')).toBe(PRIYA);
    expect(marked('linkedin', 'new-layout.html')).toBe(GRETA);
  });

  it('facebook reply box inside the third comment: that comment, and its author', () => {
    page('facebook', 'comments.html');
    expect(read('facebook')).toMatchObject({ text: CARLA, author: 'Carla' });
  });

  it('linkedin new layout: the TipTap box is a box, and the post commentary is what it answers', () => {
    page('linkedin', 'new-layout.html');
    document.getElementById('li-box')!.innerHTML = '<div class="tiptap ProseMirror" contenteditable="true" role="textbox" data-target><p><br></p></div>';
    const adapter = adapterFor('http://127.0.0.1/platforms/linkedin/', { test: true });
    expect(findBoxes(document, adapter.boxSelectors)).toContain(target());
    expect(adapter.editorKind(target())).toBe('prosemirror');
    expect(read('linkedin')).toMatchObject({ text: GRETA, author: 'Greta' });
  });

  // The reader starts from the box's own dialog or card: the last text before the box would be
  // the last comment above the composer.
  it('facebook post dialog: the composer under all the comments answers the post', () => {
    page('facebook', 'post-dialog.html');
    expect(read('facebook')).toMatchObject({ text: MARTA, author: 'Marta' });
  });

  it('instagram: the composer answers the caption, and after "Reply" prefills "@priya.n " that comment', () => {
    page('instagram', 'comments.html');
    instagramBox();
    expect(read('instagram')?.text).toBe(CAPTION);
    instagramBox('@priya.n ');
    expect(read('instagram')).toMatchObject({ text: PRIYA, author: 'priya.n' });
  });
});
