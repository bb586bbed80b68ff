import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FollowUpsSection } from '@/components/options/FollowUpsSection';
import { defaultSettings, type Settings } from '@/lib/settings/schema';
import type { FollowUp } from '@/lib/followups/types';

const f = (id: string, due: string, extra: Partial<FollowUp> = {}): FollowUp => ({
  id,
  platform: 'google',
  url: 'https://business.google.com/reviews',
  reviewer: 'Dana',
  promise: 'refund the charge',
  when: 'by Friday',
  due,
  state: 'open',
  kind: 'promise',
  createdAt: 1,
  ...extra,
});

function setup(items: FollowUp[] | undefined, settings: Settings = defaultSettings()) {
  const calls = {
    onDone: vi.fn(),
    onSnooze: vi.fn(),
    onDelete: vi.fn(),
    onChangeDate: vi.fn(),
    onOpen: vi.fn(),
    onExport: vi.fn(),
    onChange: vi.fn(),
  };
  render(
    <FollowUpsSection
      settings={settings}
      items={items}
      dueLabel={(d) => `Due ${d}`}
      isDue={(x) => x.due <= '2026-12-04'}
      platformName={(p) => (p === 'google' ? 'Google Business Profile' : p)}
      {...calls}
    />,
  );
  return calls;
}

describe('the options page’s follow-ups', () => {
  it('lists open and done follow-ups with their dates and states, and each action reaches its handler', () => {
    const calls = setup([f('a', '2026-12-04'), f('b', '2026-12-01', { state: 'done', doneAt: 5 }), f('c', '2026-12-10', { reviewer: undefined, kind: 'check-in', promise: 'check in: call back' })]);
    const items = screen.getAllByTestId('follow-up');
    expect(items.map((i) => `${i.dataset.state} ${i.dataset.due}`)).toEqual(['open 2026-12-04', 'open 2026-12-10', 'done 2026-12-01']);
    expect(within(items[0]!).getByText('Follow up with Dana')).toBeTruthy();
    expect(items[0]!.textContent).toContain('Promised: refund the charge (by Friday)');
    expect(items[1]!.textContent).toContain('Follow up on your reply');
    expect(items[1]!.textContent).toContain('Check in on: call back');
    expect(items[1]!.textContent).not.toContain('check in: call back');
    fireEvent.click(within(items[0]!).getByTestId('follow-up-done'));
    fireEvent.click(within(items[0]!).getByTestId('follow-up-snooze-day'));
    fireEvent.click(within(items[0]!).getByTestId('follow-up-snooze-week'));
    fireEvent.change(within(items[0]!).getByTestId('follow-up-date'), { target: { value: '2026-12-24' } });
    fireEvent.click(within(items[2]!).getByTestId('follow-up-delete'));
    fireEvent.click(screen.getByTestId('follow-ups-export'));
    expect(calls.onDone).toHaveBeenCalledWith('a');
    expect(calls.onSnooze.mock.calls).toEqual([
      ['a', 1],
      ['a', 7],
    ]);
    expect(calls.onChangeDate).toHaveBeenCalledWith('a', '2026-12-24');
    expect(calls.onDelete).toHaveBeenCalledWith('b');
    expect(calls.onExport).toHaveBeenCalledTimes(1);
    // A done follow-up offers no done or snooze.
    expect(within(items[2]!).queryByTestId('follow-up-done')).toBeNull();
  });

  it('says when there are none, and when they could not be read', () => {
    setup([]);
    expect(screen.getByTestId('follow-ups-empty').textContent).toMatch(/^No follow-ups yet\./);
    expect(screen.queryByTestId('follow-ups-export')).toBeNull();
  });

  it('the reply-soon threshold defaults to 2 days and can be switched off', () => {
    const calls = setup([]);
    const select = screen.getByTestId('reply-soon-days') as HTMLSelectElement;
    expect(select.value).toBe('2');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Never', 'After 1 day', 'After 2 days (default)', 'After 3 days', 'After a week']);
    fireEvent.change(select, { target: { value: '0' } });
    const update = calls.onChange.mock.calls[0]![0] as (s: Settings) => Settings;
    expect(update(defaultSettings()).replySoonDays).toBe(0);
  });
});
