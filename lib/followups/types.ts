/**
 * A follow-up: a promise a reply made ("we will refund the charge by Friday"), remembered so the
 * owner keeps it. Kept in `local:` storage on this device only (lib/followups/store.ts).
 */
export type FollowUpState = 'open' | 'done';

export interface FollowUp {
  id: string;
  /** Platform adapter id ('google', 'yelp', …, 'generic'). */
  platform: string;
  /** The review's page, without its #fragment: a reminder's click opens it. */
  url: string;
  /** The reviewer's first name, when the page showed one. */
  reviewer?: string;
  /** The promise in a few words, from the reply's action sentence ("refund the charge"). */
  promise: string;
  /** The words that set the date, as the reply wrote them ("by Friday"). */
  when?: string;
  /** Local calendar date the owner should follow up, YYYY-MM-DD. */
  due: string;
  state: FollowUpState;
  /** 'check-in': the second look two weeks after a promise was marked done. */
  kind: 'promise' | 'check-in';
  createdAt: number;
  doneAt?: number;
  /**
   * When the owner was reminded of this follow-up (epoch ms). Set once the notification is shown;
   * cleared when the due date moves (a snooze), so the new date reminds again.
   */
  notifiedAt?: number;
}
