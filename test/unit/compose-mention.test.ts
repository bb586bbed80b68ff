/** A reply to someone's comment keeps the "@name " the site put in the box. */
import { describe, expect, it } from 'vitest';
import { mentionOf, withMention } from '@/lib/compose/mention';

describe('the leading mention', () => {
  it('is kept in front of the reply put into the box', () => {
    expect(withMention('@priya.n ', 'Thank you for telling us.')).toBe('@priya.n Thank you for telling us.');
    expect(withMention('@priya.n so sorry', '\nThank you.')).toBe('@priya.n Thank you.');
  });

  it('is not doubled when the reply already starts with it', () => {
    expect(withMention('@priya.n ', '@priya.n Thank you.')).toBe('@priya.n Thank you.');
  });

  it('leaves a reply alone when the draft starts with no mention (positive control above)', () => {
    expect(withMention('Thanks @priya.n ', 'Thank you.')).toBe('Thank you.');
    expect(withMention('', 'Thank you.')).toBe('Thank you.');
    expect(withMention('email@example.com ', 'Thank you.')).toBe('Thank you.');
    expect(mentionOf('@a_b-c.d hi')).toBe('@a_b-c.d ');
  });
});
