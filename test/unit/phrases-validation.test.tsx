/**
 * Options → "Your own phrases": a phrase to flag is refused, with the reason beside the box, when it is
 * too short or too common to mean anything; one a built-in rule already flags is added, and the owner
 * is told so. Valid phrases are added as before (test/unit/options.test.tsx holds the rest).
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { PhrasesSection } from '@/components/options/PhrasesSection';
import { RULES } from '@/lib/rules/index';
import { builtInRuleFor, phraseProblem } from '@/lib/settings/phrases';
import { defaultSettings, type Settings } from '@/lib/settings/schema';

function setup(initial: Settings = defaultSettings()) {
  const state = { current: initial };
  function Harness() {
    const [settings, setSettings] = useState(initial);
    return (
      <PhrasesSection
        settings={settings}
        onChange={(update) => {
          state.current = update(state.current);
          setSettings(state.current);
        }}
      />
    );
  }
  const { unmount } = render(<Harness />);
  return { state, user: userEvent.setup(), unmount };
}

const input = () => screen.getByTestId('own-phrase-input') as HTMLInputElement;
const error = () => screen.getByTestId('own-phrase-error');
const note = () => screen.getByTestId('own-phrase-note');
const SHORT = 'Use at least three letters: a shorter phrase would flag ordinary words.';

async function add(user: ReturnType<typeof userEvent.setup>, phrase: string) {
  await user.clear(input());
  await user.type(input(), `${phrase}{Enter}`);
}

describe('phrases to flag: refused with a reason', () => {
  it('under three letters: “a”, “ok”, “OK!”', async () => {
    const { state, user } = setup();
    for (const phrase of ['a', 'ok', 'OK!']) {
      await add(user, phrase);
      expect(error().textContent, phrase).toBe(SHORT);
      expect(error().getAttribute('role')).toBe('alert');
      // beside the box, tied to it, and the typed text kept to fix
      expect(input().getAttribute('aria-invalid')).toBe('true');
      expect(input().getAttribute('aria-describedby')).toBe(error().id);
      expect(input().value).toBe(phrase);
    }
    expect(state.current.ownPhrases).toEqual([]);
  });

  it('made only of the words most replies use: “the”, “and you”, “we are”, “thank you”, “sorry”', async () => {
    const { state, user } = setup();
    for (const phrase of ['the', 'and you', 'we are', 'thank you', 'sorry', 'Thank  You!', 'we’re']) {
      await add(user, phrase);
      expect(error().textContent, phrase).toMatch(/most replies use|is in most replies/);
      expect(error().textContent).toMatch(/would flag calm ones too/);
    }
    expect(error().textContent).toBe(
      '“we’re” is in most replies, so it would flag calm ones too. Choose words that only the replies you mean to catch would use.',
    );
    await add(user, 'we are');
    expect(error().textContent).toBe(
      '“we are” is made only of words most replies use, so it would flag calm ones too. Choose words that only the replies you mean to catch would use.',
    );
    expect(state.current.ownPhrases).toEqual([]);
  });

  it('keeps valid phrases working: one uncommon word, three words or more, another script, an emoji', async () => {
    const { state, user } = setup();
    const valid = ['no refunds', 'you should', 'sorry to hear', 'sorry if', 'لا يوجد استرداد', '😡', 'Kein Geld zurück'];
    for (const phrase of valid) {
      await add(user, phrase);
      expect(error().textContent, phrase).toBe('');
      expect(input().value).toBe('');
    }
    expect(state.current.ownPhrases.map((p) => p.phrase)).toEqual(valid);
    // a refusal clears once a good phrase goes in
    await add(user, 'ok');
    expect(error().textContent).toBe(SHORT);
    await add(user, 'okay then');
    expect(error().textContent).toBe('');
    expect(input().getAttribute('aria-invalid')).toBeNull();
  });

  it('the same checks, as a function: why, or nothing', () => {
    expect(phraseProblem('a')).toBe(SHORT);
    expect(phraseProblem(' ok ')).toBe(SHORT);
    expect(phraseProblem('1')).toBe(SHORT);
    expect(phraseProblem('😡')).toBeUndefined();
    expect(phraseProblem('the')).toMatch(/is in most replies/);
    expect(phraseProblem('We are')).toMatch(/made only of words most replies use/);
    expect(phraseProblem('frankly')).toBeUndefined();
    expect(phraseProblem('your fault')).toBeUndefined();
    expect(phraseProblem('that’s just how it is')).toBeUndefined();
  });

  it('of the words the built-in rules flag, only those a rule flags in a context an own phrase cannot keep are refused', () => {
    // an own phrase matches everywhere, in any case: "but" (flagged after an apology) and "DO NOT" (flagged
    // in capitals) would flag every "but" and "do not"; the rest pass
    const refused = RULES.flatMap((r) => r.examples.flagged.map((f) => f.flag))
      .filter((flag) => /\p{L}/u.test(flag) && phraseProblem(flag))
      .filter((flag, i, all) => all.indexOf(flag) === i);
    expect(refused).toEqual(['but', 'But', 'DO NOT', "I'M NOT", 'Sorry.']);
  });
});

describe('phrases to flag: one a built-in rule already flags', () => {
  it('is added, and the owner is told which rule flags it already', async () => {
    const { state, user } = setup();
    await add(user, 'frankly');
    expect(state.current.ownPhrases.map((p) => p.phrase)).toEqual(['frankly']);
    await waitFor(() => expect(note().textContent).not.toBe(''), { timeout: 5000 });
    expect(note().textContent).toBe(
      '“frankly” is already flagged by the rule Heated words, so it will now be flagged twice: by the rule and with your message. Remove it unless you want both.',
    );
    expect(note().getAttribute('role')).toBe('alert');
    expect(error().textContent).toBe('');
    // removing the phrase takes the note with it
    await user.click(screen.getByRole('button', { name: 'Remove “frankly” from phrases to flag' }));
    expect(note().textContent).toBe('');
  });

  it('says nothing for a phrase no rule flags, nor for one whose rule the owner turned off', async () => {
    // positive control first, same analyser: the rule is on, so the phrase is found
    expect(await builtInRuleFor('ridiculous')).toBe('heated-words');
    expect(await builtInRuleFor('not our fault')).toBe('disclaims-responsibility');
    expect(await builtInRuleFor('no refunds')).toBeUndefined();
    // capitals are the shouting rule's, but the owner's phrase matches "do not" in any case
    expect(await builtInRuleFor('DO NOT')).toBeUndefined();
    expect(await builtInRuleFor('ridiculous', ['heated-words'])).toBeUndefined();

    const first = setup();
    await add(first.user, 'no refunds');
    await builtInRuleFor('no refunds'); // the page's own check has settled too
    await new Promise((r) => setTimeout(r, 20));
    expect(note().textContent).toBe('');
    first.unmount();

    const second = setup({ ...defaultSettings(), rules: { 'heated-words': false } });
    await add(second.user, 'ridiculous');
    await builtInRuleFor('ridiculous', ['heated-words']);
    await new Promise((r) => setTimeout(r, 20));
    expect(second.state.current.ownPhrases.map((p) => p.phrase)).toEqual(['ridiculous']);
    expect(note().textContent).toBe('');
  });

  it('only the latest phrase’s answer shows, however late the earlier one comes', async () => {
    const { state } = setup();
    const form = input().closest('form')!;
    // two phrases in one go: the answer about "frankly" arrives after "no refunds" went in
    fireEvent.change(input(), { target: { value: 'frankly' } });
    fireEvent.submit(form);
    fireEvent.change(input(), { target: { value: 'no refunds' } });
    fireEvent.submit(form);
    expect(state.current.ownPhrases.map((p) => p.phrase)).toEqual(['frankly', 'no refunds']);
    await builtInRuleFor('frankly');
    await builtInRuleFor('no refunds');
    await new Promise((r) => setTimeout(r, 20));
    expect(note().textContent).toBe('');
    // positive control: on its own, the same phrase gets its note
    fireEvent.change(input(), { target: { value: 'ridiculous' } });
    fireEvent.submit(form);
    await waitFor(() => expect(note().textContent).toMatch(/^“ridiculous” is already flagged by the rule Heated words/));
  });
});
