/** The panel's side of "Pick the review on the page": what the owner sees and what each button does. */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { ContextCard } from '@/components/ContextCard';

describe('picking the review from the panel', () => {
  it('offers to pick the review when none was found, and says what to do while picking', () => {
    const onPick = vi.fn();
    const { rerender } = render(<ContextCard platformName="Yelp" onPickReview={onPick} />);
    const button = screen.getByTestId('pick-review');
    expect(button.textContent).toBe('Pick the review on the page');
    fireEvent.click(button);
    expect(onPick).toHaveBeenCalledTimes(1);
    rerender(<ContextCard platformName="Yelp" onPickReview={onPick} picking />);
    expect(screen.getByTestId('picking').textContent).toBe('On the page, click the review you are answering. Press Esc there to cancel.');
    expect(screen.queryByTestId('pick-review')).toBeNull();
  });

  it('offers a correction when a review was found, and "Forget it" only for one the owner picked', () => {
    const onForget = vi.fn();
    const { rerender } = render(<ContextCard platformName="Yelp" review={{ text: 'Cold soup.' }} onPickReview={() => {}} onForgetPick={onForget} />);
    expect(screen.getByTestId('pick-review').textContent).toBe('Wrong review? Pick it on the page');
    expect(screen.queryByTestId('forget-pick')).toBeNull();
    rerender(<ContextCard platformName="Yelp" review={{ text: 'Cold soup.', picked: true }} onPickReview={() => {}} onForgetPick={onForget} />);
    fireEvent.click(screen.getByTestId('forget-pick'));
    expect(onForget).toHaveBeenCalledTimes(1);
  });

  it('shows no pick button without a bound reply box', () => {
    render(<ContextCard platformName="Yelp" review={{ text: 'Cold soup.' }} />);
    expect(screen.queryByTestId('pick-review')).toBeNull();
    expect(screen.getByTestId('review-text').textContent).toBe('Cold soup.');
  });
});
