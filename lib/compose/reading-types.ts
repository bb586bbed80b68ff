/**
 * What the composer knows about a review once it is read (lib/compose/reading.ts): the aspects in the
 * reviewer's own nouns with their polarity, the main complaint, the review's kind, the domain's words.
 * Shared by the reader, the composer, the action options, the suggestion CLI and eval:compose.
 */
export type ReviewKind = 'praise' | 'mixed' | 'complaint' | 'hostile';
export type Polarity = 'positive' | 'negative';
/** Who the business serves, for the words a reply uses (a guest, a diner, a customer, a patient, a user). */
export type Domain = 'hotel' | 'restaurant' | 'app' | 'trade' | 'retail' | 'health' | 'general';

export interface ReviewAspect {
  /** The reviewer's own noun phrase, with "the" where it reads naturally: "the carbonara", "the £240 call-out charge". */
  text: string;
  polarity: Polarity;
  /** How much the review spends on it (0–1): words about it, intensity, repetition. */
  weight: number;
  /** UTF-16 offsets of `text`'s head words in the review, for tests and highlighting. */
  start: number;
  end: number;
  /** A fault the reviewer makes light of where they state it ("a little slow", "the only downside", "…, but fine"). */
  softened?: boolean;
}

export interface ReviewReading {
  kind: ReviewKind;
  /** In the order the review raises them; never insults, staff names or personal details. */
  aspects: ReviewAspect[];
  /**
   * The negative aspect the reviewer spends most on. In praise, the thing it found most wanting where the
   * aspects name one (a note for the reply, never an apology); absent where nothing was found wanting.
   */
  mainComplaint?: ReviewAspect;
  /**
   * Likely further complaints the reading was not sure enough of to name as aspects (the main complaint is
   * chosen among them too). The composer may acknowledge one after its apology for the main complaint,
   * where the words around it plainly fault it; never on its own.
   */
  likelyFaults?: ReviewAspect[];
  /** Stars as the page shows them (1–5). */
  rating?: number;
  /** The reviewer's first name, only when it is one (not "A Google User", not a handle with digits). */
  firstName?: string;
  domain: Domain;
  /**
   * Set when the review could not be read well enough to answer specifically (empty, one word, not
   * English, emoji only, very long): the composer then gives a short, honest generic reply and the
   * panel shows this reason.
   */
  generic?: string;
  /**
   * Set when the review reports serious harm (assault, harassment, discrimination, injury, theft, a child
   * at risk, food poisoning): the reply takes it seriously, names no aspect, offers no action from a
   * menu and asks for a private conversation.
   */
  serious?: boolean;
  /**
   * Set when every opinion the words give is praise and the review neither asks nor turns ("Good", "nice app"):
   * under one or two stars the words, not the stars, are answered (a thank-you that leaves the door open).
   */
  onlyPraise?: boolean;
}
