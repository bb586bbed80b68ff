import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { OptionsPage } from '@/components/options/OptionsPage';
import { defaultSettings } from '@/lib/settings/schema';
import { needsSignatureReminder, signsAsTheTeam } from '@/lib/settings/first-run';

const base = { rules: [], onRequestSite: async () => true, onRemoveSite: () => {} };

describe('first run', () => {
  it('the options page opens in a welcome state that asks for the business details first, with Done and Skip', () => {
    const welcome = { onDone: vi.fn(), onSkip: vi.fn() };
    const onChange = vi.fn();
    render(<OptionsPage {...base} settings={defaultSettings()} onChange={onChange} welcome={welcome} />);
    const card = screen.getByTestId('welcome');
    expect(within(card).getByRole('heading', { level: 2, name: 'Welcome to Calm Reply' })).toBeTruthy();
    // The business details are asked inside the welcome, once (not again further down).
    expect(within(card).getByTestId('business-name')).toBeTruthy();
    expect(within(card).getByTestId('business-kind')).toBeTruthy();
    expect(screen.getAllByTestId('business-name')).toHaveLength(1);
    fireEvent.change(within(card).getByTestId('business-kind'), { target: { value: 'hotel' } });
    const update = onChange.mock.calls.at(-1)![0] as (s: ReturnType<typeof defaultSettings>) => ReturnType<typeof defaultSettings>;
    expect(update(defaultSettings()).business.kind).toBe('hotel');
    fireEvent.click(screen.getByTestId('welcome-skip'));
    fireEvent.click(screen.getByTestId('welcome-done'));
    expect(welcome.onSkip).toHaveBeenCalledTimes(1);
    expect(welcome.onDone).toHaveBeenCalledTimes(1);
  });

  it('positive control: without the welcome state, the page has no welcome and the business section sits in its place', () => {
    render(<OptionsPage {...base} settings={defaultSettings()} onChange={() => {}} />);
    expect(screen.queryByTestId('welcome')).toBeNull();
    expect(screen.getAllByTestId('business-name')).toHaveLength(1);
  });

  it('replies are signed “The team” only with neither a business name nor a signer; the reminder comes once', () => {
    const s = defaultSettings();
    expect(signsAsTheTeam(s)).toBe(true);
    expect(needsSignatureReminder(s, false)).toBe(true);
    expect(needsSignatureReminder(s, true)).toBe(false);
    expect(signsAsTheTeam({ ...s, business: { ...s.business, name: 'Sunny Café' } })).toBe(false);
    expect(signsAsTheTeam({ ...s, business: { ...s.business, signerName: 'Sam' } })).toBe(false);
    expect(signsAsTheTeam({ ...s, business: { ...s.business, name: '   ' } })).toBe(true);
  });
});
