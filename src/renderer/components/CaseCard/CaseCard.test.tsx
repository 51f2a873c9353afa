import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CaseBoardCard } from '../../../shared/api/views';
import { renderWithProviders } from '../../test/renderWithProviders';
import { CaseCard } from './CaseCard';

const item: CaseBoardCard = {
  id: 'c1',
  officeId: 'jh-dhanbad',
  policeStation: 'Nirsa',
  firNumber: '12',
  firYear: 2025,
  crimeHead: 'theft',
  occurredAt: Date.UTC(2025, 0, 15, 20, 0),
  propertyValue: 45_000,
  lane: 'registered',
  priority: 'high',
  sharing: 'network',
  updatedAt: Date.UTC(2025, 0, 15, 20, 0),
  suspectCount: 0,
  suspects: [],
  updatedByOffice: 'jh-dhanbad',
  updatedByOther: false,
};

function renderCard() {
  const onOpen = vi.fn();
  const onMove = vi.fn();
  renderWithProviders(
    <CaseCard item={item} officeLabel="Dhanbad" onOpen={onOpen} onMove={onMove} />,
  );
  return {
    onOpen,
    onMove,
    card: screen.getByRole('article', { name: 'Nirsa PS Case No. 12/2025' }),
  };
}

describe('CaseCard', () => {
  it('opens on a single click anywhere on the card, not only on its title', async () => {
    const { onOpen, card } = renderCard();
    await userEvent.click(within(card).getByText('Theft'));
    await userEvent.click(within(card).getByText('Nirsa'));
    await userEvent.click(within(card).getByText('High'));
    await userEvent.click(card);
    expect(onOpen).toHaveBeenCalledTimes(4);
    expect(onOpen).toHaveBeenCalledWith(item);
  });

  it('keeps the actions menu to itself: opening it does not open the case', async () => {
    const { onOpen, onMove, card } = renderCard();
    await userEvent.click(
      within(card).getByRole('button', { name: 'Actions for Nirsa PS Case No. 12/2025' }),
    );
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Under investigation' }));
    expect(onMove).toHaveBeenCalledWith(item, 'under_investigation');
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('still starts a drag carrying the case, without opening it', () => {
    const { onOpen, card } = renderCard();
    const data = new Map<string, string>();
    fireEvent.dragStart(card, {
      dataTransfer: { setData: (type: string, value: string) => data.set(type, value) },
    });
    expect(card.getAttribute('draggable')).toBe('true');
    expect(data.get('text/plain')).toBe('Nirsa PS Case No. 12/2025');
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('opens on Enter and moves on Alt+→ from the keyboard', async () => {
    const { onOpen, onMove, card } = renderCard();
    card.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onMove).toHaveBeenCalledWith(item, 'under_investigation');
  });
});

describe('CaseCard in the operator’s language', () => {
  it('names the police station and crime head in Hindi and Bengali', () => {
    renderWithProviders(<CaseCard item={item} officeLabel="धनबाद" />, { language: 'hi' });
    const card = screen.getByRole('article');
    expect(card.textContent).toContain('निरसा');
    expect(card.textContent).toContain('चोरी');
    expect(card.textContent).not.toContain('Nirsa');
  });

  it('keeps a name the list does not know as it was recorded', () => {
    renderWithProviders(
      <CaseCard item={{ ...item, policeStation: 'Nowhere PS' }} officeLabel="x" />,
      {
        language: 'bn',
      },
    );
    const card = screen.getByRole('article');
    expect(card.textContent).toContain('Nowhere PS');
    expect(card.textContent).toContain('চুরি');
  });
});
