/**
 * What a platform adapter declares (issue 4): the URLs it serves (hosts.ts), extra selectors
 * for its reply boxes, where its reviews sit, its reply limit, and how to insert. Every adapter
 * falls back to the generic reading of the page rather than failing, because live markup changes.
 */
import type { InsertResult, ReplyBoxInfo, ReviewInfo } from '../messages';
import { editorKindOf, type EditorKind } from './detect';
import { insertIntoBox, type InsertOptions, type InsertRequest } from './insert';
import { GENERIC_REVIEW, readReviewFor, type ReviewSelectors } from './review';

export interface AdapterSpec {
  id: string;
  name: string;
  /** Reply limit; Google counts UTF-8 bytes, everyone else characters. */
  limit?: number;
  limitUnit?: 'characters' | 'bytes';
  /** Selectors for this platform's reply boxes the generic pass may miss (e.g. an input). */
  boxes?: string[];
  /**
   * Where this platform's reviews sit; missing parts fall back to the generic hooks. `text` is in
   * priority order (a post's message before its comments' text); optional `modal` names this
   * platform's own dialogs, which bound the reading like `[role="dialog"]` does.
   */
  review?: Partial<ReviewSelectors>;
}

export interface SiteAdapter {
  id: string;
  name: string;
  limit?: number;
  limitUnit: 'characters' | 'bytes';
  boxSelectors: string[];
  editorKind(box: Element): EditorKind;
  readReview(box: Element): ReviewInfo | undefined;
  describe(box: Element, boxId: string): ReplyBoxInfo;
  insert(box: HTMLElement, request: InsertRequest, options?: InsertOptions): Promise<InsertResult>;
}

/**
 * Last resort for pages that are one review or one article (set by the content script, lazily).
 * Only consulted when the page has one reply box and no list of review cards.
 */
let wholePageReview: ((doc: Document) => ReviewInfo | undefined) | undefined;
export function setWholePageReview(fn: typeof wholePageReview): void {
  wholePageReview = fn;
}

/**
 * The generic reading: review hooks in the box's own card, thread or dialog, then prose in that
 * card, then the whole page when it is one review. Never a neighbour's review: undefined instead.
 */
export function genericReview(box: Element): ReviewInfo | undefined {
  return readReviewFor(box, undefined, wholePageReview);
}

export function defineAdapter(spec: AdapterSpec): SiteAdapter {
  const own: ReviewSelectors | undefined = spec.review
    ? {
        container: [...(spec.review.container ?? []), ...GENERIC_REVIEW.container],
        text: spec.review.text ?? [],
        author: [...(spec.review.author ?? []), ...(GENERIC_REVIEW.author ?? [])],
        rating: [...(spec.review.rating ?? []), ...(GENERIC_REVIEW.rating ?? [])],
        date: [...(spec.review.date ?? []), ...(GENERIC_REVIEW.date ?? [])],
        ...(spec.review.modal?.length ? { modal: spec.review.modal } : {}),
        ...(spec.review.outOfTen?.length ? { outOfTen: spec.review.outOfTen } : {}),
      }
    : undefined;
  const adapter: SiteAdapter = {
    id: spec.id,
    name: spec.name,
    limit: spec.limit,
    limitUnit: spec.limitUnit ?? 'characters',
    boxSelectors: spec.boxes ?? [],
    editorKind: editorKindOf,
    readReview(box) {
      // The platform's hooks, then the generic ones; a reading that decided the review is not on
      // the page (a photo-only review, an ambiguous thread) is not overruled by a fallback.
      return own ? readReviewFor(box, own, wholePageReview) : genericReview(box);
    },
    describe(box, boxId) {
      const info: ReplyBoxInfo = { boxId, platform: spec.id, editor: adapter.editorKind(box) };
      if (spec.limit !== undefined) info.limit = spec.limit;
      if (spec.limitUnit === 'bytes') info.limitUnit = 'bytes';
      const review = adapter.readReview(box);
      if (review) info.review = review;
      return info;
    },
    insert: (box, request, options) => insertIntoBox(box, request, options),
  };
  return adapter;
}
