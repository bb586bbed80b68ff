import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { DraftView } from '@/components/DraftView';

describe('DraftView', () => {
  it('shows the draft exactly as typed, keeping right-to-left and emoji intact', () => {
    const draft = 'شكرا لك 🙏 — thank you\nSecond line';
    render(<DraftView draft={draft} />);
    expect(screen.getByTestId('draft').textContent).toBe(draft);
    expect(screen.getByTestId('draft').getAttribute('dir')).toBe('auto');
  });

  it('shows an empty state, not an error, for an empty or whitespace-only draft', () => {
    for (const draft of ['', '   \n\t ']) {
      const { unmount } = render(<DraftView draft={draft} />);
      expect(screen.getByTestId('draft-empty').textContent).toMatch(/Start typing/);
      expect(screen.queryByTestId('draft')).toBeNull();
      unmount();
    }
  });
});
