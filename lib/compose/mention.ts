/**
 * Instagram, X, Reddit and Facebook start a reply to someone's comment with "@name " in the box. The
 * mention is what makes the reply land under that person's comment, so putting the suggested reply
 * in the box keeps it in front rather than replacing it.
 */
const MENTION = /^@[\p{L}\p{N}._-]{1,40}[ \u00a0]/u;

/** The "@name " the draft starts with, if any. */
export function mentionOf(draft: string): string | undefined {
  return MENTION.exec(draft)?.[0];
}

/** The reply as it goes into the box: the draft's leading mention kept once. */
export function withMention(draft: string, reply: string): string {
  const mention = mentionOf(draft);
  if (!mention || reply.startsWith(mention.trimEnd())) return reply;
  return mention + reply.replace(/^\s+/, '');
}
