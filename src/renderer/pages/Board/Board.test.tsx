import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/api/contract';
import type { CaseCard, CasePage } from '../../../shared/api/views';
import { createFakeClient, failWith } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { BoardPage } from './Board.page';

const lateEveningUtc = Date.UTC(2025, 0, 15, 20, 0);

function card(fields: Partial<CaseCard>): CaseCard {
  return {
    id: 'c1',
    officeId: 'o1',
    policeStation: 'Nirsa',
    firNumber: '12',
    firYear: 2025,
    crimeHead: 'Theft',
    occurredAt: lateEveningUtc,
    propertyValue: 1_250_000,
    lane: 'reported',
    priority: 'urgent',
    sharing: 'network',
    updatedAt: lateEveningUtc,
    suspectCount: 0,
    ...fields,
  };
}

/** A core holding `cases`, answering `cases.list` per lane as the real one does. */
function boardClient(cases: CaseCard[]) {
  return createFakeClient({
    'cases.list': (input: InputOf<'cases.list'>): CasePage => {
      const items = cases.filter((item) => item.lane === input.lane);
      return { total: items.length, items };
    },
  });
}

const lane = (name: string) => screen.getByRole('region', { name });

describe('BoardPage', () => {
  it('puts each case in its lane with the lane counts', async () => {
    const client = boardClient([
      card({ id: 'a' }),
      card({ id: 'b', firNumber: '13' }),
      card({ id: 'c', firNumber: '7A', lane: 'arrested', propertyValue: 12_000_000 }),
    ]);
    renderWithProviders(<BoardPage />, { client });

    await screen.findByRole('region', { name: 'Reported' });
    expect(within(lane('Reported')).getByLabelText('Cases: 2')).toBeTruthy();
    expect(within(lane('Arrested')).getByLabelText('Cases: 1')).toBeTruthy();
    expect(within(lane('Closed')).getByText('No cases at this stage.')).toBeTruthy();
    expect(
      within(lane('Arrested')).getByRole('article', { name: 'FIR 7A/2025' }).textContent,
    ).toContain('₹1.2 crore');
    expect(client.calls).toHaveLength(6);
  });

  it('shows FIR, police station, IST time, lakh value and priority on a card', async () => {
    renderWithProviders(<BoardPage />, { client: boardClient([card({})]) });
    const article = await screen.findByRole('article', { name: 'FIR 12/2025' });
    const text = (article.textContent ?? '').replace(/[\u202f\u00a0]/g, ' ');
    expect(text).toContain('Nirsa');
    expect(text).toContain('Theft');
    expect(text).toMatch(/16 Jan 2025, 1:30 am/i);
    expect(text).toContain('₹12.5 lakh');
    expect(text).toContain('Urgent');
  });

  it('writes the card in Hindi with Hindi lane names', async () => {
    renderWithProviders(<BoardPage />, { client: boardClient([card({})]), language: 'hi' });
    const article = await screen.findByRole('article', { name: 'प्राथमिकी 12/2025' });
    expect(article.textContent).toContain('₹12.5 लाख');
    expect(article.textContent).toContain('अति आवश्यक');
    expect(screen.getByRole('region', { name: 'दर्ज' })).toBeTruthy();
  });

  it('teaches the next step when there are no cases at all', async () => {
    renderWithProviders(<BoardPage />, { client: boardClient([]) });
    expect(await screen.findByText('No cases on the board yet')).toBeTruthy();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('reloads when core reports a changed case, and ignores other entities', async () => {
    const cases: CaseCard[] = [];
    const client = boardClient(cases);
    renderWithProviders(<BoardPage />, { client });
    await screen.findByText('No cases on the board yet');

    client.emit('record.changed', { entity: 'suspect', ids: ['s1'], origin: 'remote' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(client.calls).toHaveLength(6);

    cases.push(card({ lane: 'closed', firNumber: '99' }));
    client.emit('record.changed', { entity: 'case', ids: ['c1'], origin: 'remote' });
    expect(await screen.findByRole('article', { name: 'FIR 99/2025' })).toBeTruthy();
  });

  it('shows a failed load as the translated message of its code, with a retry', async () => {
    renderWithProviders(<BoardPage />, {
      client: createFakeClient({ 'cases.list': failWith('LOCKED') }),
      language: 'bn',
    });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'ডেটাবেসে তালা দেওয়া আছে: আগে তালা খুলুন।',
    );
    expect(screen.getByRole('button', { name: 'আবার চেষ্টা করুন' })).toBeTruthy();
  });
});
