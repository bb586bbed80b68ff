/**
 * Last resort for the generic adapter: on a page that is one review or one article (a blog post
 * with a comment box, a single-review page), Readability finds the main text. Only runs when no
 * review markup and no paragraph before the box was found, and its answer is kept per page.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ReviewInfo } from '../messages';

const MAX = 5000;
const cache = new WeakMap<Document, { key: string; review: ReviewInfo | undefined }>();

export function wholePageReview(doc: Document): ReviewInfo | undefined {
  // Same address and same number of elements: same page, no need to run Readability again.
  const key = `${doc.location?.href ?? ''}#${doc.getElementsByTagName('*').length}`;
  const kept = cache.get(doc);
  if (kept && kept.key === key) return kept.review;
  let review: ReviewInfo | undefined;
  try {
    if (isProbablyReaderable(doc)) {
      const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
      const text = article?.textContent?.replace(/\s+/g, ' ').trim();
      if (text) review = { text: text.slice(0, MAX) };
    }
  } catch {
    review = undefined;
  }
  cache.set(doc, { key, review });
  return review;
}
