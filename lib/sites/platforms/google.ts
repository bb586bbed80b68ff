import { defineAdapter } from '../adapter';

/**
 * Google Business Profile. Owners answer in the reviews frame Search's and Maps' merchant panel
 * loads (www.google.<country>/local/business/<id>/customers/reviews[/reply], same origin, so the
 * content script runs inside it: allFrames). There the reply box is textarea[jsname="YPqjbf"]
 * below the review in the same article; reviewer, stars and text carry Wiz's generated classes,
 * which rotate, so each has a shorter fallback. The public Maps review markup (data-review-id,
 * .wiI7pd, .d4r55, .kvMYJc) stays for the older business.google.com and Maps pages.
 * Sources and dates: README, "Where Calm Reply reads the review".
 */
export default defineAdapter({
  id: 'google',
  name: 'Google Business Profile',
  limit: 4096,
  limitUnit: 'bytes',
  boxes: ['textarea[jsname="YPqjbf"]'],
  review: {
    container: ['article', '[data-review-id]', '[jscontroller][data-review-id]'],
    text: ['div.gyKkFe.JhRJje.Fv38Af', 'div.gyKkFe', '[data-review-text]', '.review-full-text', 'span.wiI7pd', '[data-expandable-section] span'],
    author: ['div.N0c6q.JhRJje', '[data-reviewer-name]', '.d4r55', 'a[href*="/contrib/"]'],
    rating: ['span.DYizzd[role="img"][aria-label]', '[role="img"][aria-label*="star" i]', '.kvMYJc'],
    date: ['.rsqaWe', '.dehysf'],
  },
});
