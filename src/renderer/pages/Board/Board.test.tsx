import { caseExtraDefaults } from '../../../shared/domain/recordExtras';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseBoardCard, CaseFullDetail } from '../../../shared/api/views';
import { cardDragType } from '../../components/BoardLane/moveRules';
import { createFakeClient, failWith } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { BoardPage } from './Board.page';
import { boardClient, card, lateEveningUtc, offices, other, own } from './test/boardCore';

const lane = (name: string) => screen.getByRole('region', { name });
const movesOf = (client: ReturnType<typeof boardClient>) =>
  client.calls.filter((call) => call.method === 'cases.move').map((call) => call.input);

beforeEach(() => window.history.replaceState(null, '', '#/board'));
afterEach(() => window.history.replaceState(null, '', '#/board'));

describe('BoardPage', () => {
  it('puts each case in its lane with the lane counts and the card facts', async () => {
    const client = boardClient([
      card({ id: 'a' }),
      card({ id: 'b', firNumber: '13' }),
      card({
        id: 'c',
        firNumber: '7A',
        lane: 'charge_sheeted',
        propertyValue: 12_000_000,
        officeId: other,
        sharing: 'network',
        suspectCount: 1,
        suspects: [{ id: 's1', name: 'Mohan Rajak', photo: null, role: 'accused' }],
        updatedByOther: true,
        updatedByOffice: other,
      }),
    ]);
    renderWithProviders(<BoardPage officeId={own} />, { client });

    await screen.findByRole('region', { name: 'Registered' });
    expect(within(lane('Registered')).getByLabelText('Cases: 2')).toBeTruthy();
    expect(within(lane('Closed')).getByText('No cases at this stage.')).toBeTruthy();
    const foreign = within(lane('Charge-sheeted')).getByRole('article', {
      name: 'Nirsa PS Case No. 7A/2025',
    });
    expect(foreign.textContent).toContain('₹1.2 crore');
    expect(foreign.textContent).toContain('Updated by Purulia Control Room');
    expect(within(foreign).getByText('MR')).toBeTruthy();
    expect(await within(foreign).findByText('Purulia Control Room')).toBeTruthy();
    const mine = within(lane('Registered')).getByRole('article', {
      name: 'Nirsa PS Case No. 12/2025',
    });
    const text = (mine.textContent ?? '').replace(/[\u202f\u00a0]/g, ' ');
    expect(text).toMatch(/16 Jan 2025, 01:30/);
    expect(text).toContain('₹12.5 lakh');
    expect(text).toContain('Urgent');
    expect(text).not.toContain('Updated by');
  });

  it('asks for the new board as soon as the address changes, and not again for an opened card', async () => {
    const client = boardClient([card({ id: 'a' }), card({ id: 'b', priority: 'low' })]);
    renderWithProviders(<BoardPage officeId={own} />, { client });
    await waitFor(() => expect(within(lane('Registered')).getByLabelText('Cases: 2')).toBeTruthy());
    const boards = () => client.calls.filter((call) => call.method === 'cases.board');
    const asked = boards().length;
    const go = (hash: string) => {
      window.history.replaceState(null, '', hash);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    };
    act(() => {
      go('#/board?priority=low');
      // Asked in the address's change event, before the board is drawn again.
      expect(boards()).toHaveLength(asked + 1);
    });
    await waitFor(() => expect(within(lane('Registered')).getByLabelText('Cases: 1')).toBeTruthy());
    act(() => go('#/board?priority=low&case=b'));
    expect(boards()).toHaveLength(asked + 1);
  });

  it('moves an own case a lane on with Alt+→, and Undo moves it back', async () => {
    const client = boardClient([card({ id: 'a' })]);
    renderWithProviders(<BoardPage officeId={own} />, { client });
    const article = await screen.findByRole('article', { name: 'Nirsa PS Case No. 12/2025' });
    article.focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');

    expect(
      await screen.findByText('Nirsa PS Case No. 12/2025 moved to Under investigation.'),
    ).toBeTruthy();
    expect(movesOf(client)).toEqual([{ id: 'a', lane: 'under_investigation' }]);
    // Core reports the change; the card, drawn again in its new lane, keeps the focus.
    client.emit('record.changed', { entity: 'case', ids: ['a'], origin: 'local' });
    const moved = await within(lane('Under investigation')).findByRole('article', {
      name: 'Nirsa PS Case No. 12/2025',
    });
    await waitFor(() => expect(document.activeElement).toBe(moved));
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      await screen.findByText('Nirsa PS Case No. 12/2025 moved back to Registered.'),
    ).toBeTruthy();
    expect(movesOf(client)).toEqual([
      { id: 'a', lane: 'under_investigation' },
      { id: 'a', lane: 'registered' },
    ]);
  });

  it("does not move another office's case, and says which office can", async () => {
    const client = boardClient([card({ id: 'f', officeId: other, firNumber: '55' })]);
    renderWithProviders(<BoardPage officeId={own} />, { client });
    const article = await screen.findByRole('article', { name: 'Nirsa PS Case No. 55/2025' });
    expect(article.getAttribute('draggable')).toBe('false');
    article.focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');

    expect(
      await screen.findByText(
        'Nirsa PS Case No. 55/2025 belongs to Purulia Control Room: only that office can move it. Add a note to the case to ask them.',
      ),
    ).toBeTruthy();
    await userEvent.click(
      within(article).getByRole('button', { name: 'Actions for Nirsa PS Case No. 55/2025' }),
    );
    expect(await screen.findByText('Only Purulia Control Room can move this case.')).toBeTruthy();
    const target = screen.getByRole('menuitem', { name: 'Charge-sheeted' });
    expect(target.hasAttribute('disabled') || target.getAttribute('data-disabled') === 'true').toBe(
      true,
    );
    expect(movesOf(client)).toEqual([]);
  });

  it('shows NOT_OWNER from core as its message when a move is refused there', async () => {
    const client = boardClient([card({ id: 'a' })], { 'cases.move': failWith('NOT_OWNER') });
    renderWithProviders(<BoardPage officeId={own} />, { client });
    const article = await screen.findByRole('article', { name: 'Nirsa PS Case No. 12/2025' });
    article.focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(
      await screen.findByText(
        'Nirsa PS Case No. 12/2025 was not moved: Only the office that owns this record can change it.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('moves a card dropped on another lane, asking first when that closes the case', async () => {
    const client = boardClient([card({ id: 'a', lane: 'charge_sheeted' })]);
    renderWithProviders(<BoardPage officeId={own} />, { client });
    await screen.findByRole('article', { name: 'Nirsa PS Case No. 12/2025' });
    const payload = JSON.stringify({
      id: 'a',
      lane: 'charge_sheeted',
      officeId: own,
      title: 'Nirsa PS Case No. 12/2025',
    });
    const dataTransfer = {
      types: [cardDragType],
      getData: (type: string) => (type === cardDragType ? payload : ''),
      dropEffect: 'none',
    };
    fireEvent.dragOver(lane('Closed'), { dataTransfer });
    fireEvent.drop(lane('Closed'), { dataTransfer });
    expect(await screen.findByText('Close the case?')).toBeTruthy();
    expect(movesOf(client)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(movesOf(client)).toEqual([]);

    fireEvent.drop(lane('Closed'), { dataTransfer });
    await userEvent.click(await screen.findByRole('button', { name: 'Close the case' }));
    expect(await screen.findByText('Nirsa PS Case No. 12/2025 moved to Closed.')).toBeTruthy();
    expect(movesOf(client)).toEqual([{ id: 'a', lane: 'closed' }]);
  });

  it('reads its filters from the address and writes changes back to it', async () => {
    window.history.replaceState(null, '', '#/board?ps=Chirkunda&priority=urgent');
    const client = boardClient([
      card({ id: 'a', policeStation: 'Chirkunda' }),
      card({ id: 'b', firNumber: '13', policeStation: 'Nirsa' }),
    ]);
    renderWithProviders(<BoardPage officeId={own} />, { client });
    await screen.findByRole('article', { name: 'Chirkunda PS Case No. 12/2025' });
    expect(screen.queryByRole('article', { name: 'Nirsa PS Case No. 13/2025' })).toBeNull();
    expect(client.calls.find((call) => call.method === 'cases.board')?.input).toMatchObject({
      policeStation: 'Chirkunda',
      priority: 'urgent',
    });
    expect(screen.getByText('Matching the filters: 1')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters (2)' }));
    expect(await screen.findByRole('article', { name: 'Nirsa PS Case No. 13/2025' })).toBeTruthy();
    expect(window.location.hash).toBe('#/board');
    // Typed day first, as Indian forms write dates; the address keeps ISO.
    await userEvent.type(screen.getByLabelText('From (date)'), '16/01/2025');
    await waitFor(() => expect(window.location.hash).toBe('#/board?from=2025-01-16'));
    // 16 January in IST starts at 15 January 18:30 UTC.
    expect(client.calls.at(-1)?.input).toMatchObject({ from: Date.UTC(2025, 0, 15, 18, 30) });
  });

  it('writes the card in Hindi with Hindi lane names', async () => {
    renderWithProviders(<BoardPage officeId={own} />, {
      client: boardClient([card({})]),
      language: 'hi',
    });
    const article = await screen.findByRole('article', { name: 'निरसा थाना कांड सं. 12/2025' });
    expect(article.textContent).toContain('₹12.5 लाख');
    expect(article.textContent).toContain('अति आवश्यक');
    expect(screen.getByRole('region', { name: 'दर्ज' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /नया मामला/ })).toBeTruthy();
  });

  it('teaches the next step when there are no cases at all', async () => {
    renderWithProviders(<BoardPage officeId={own} />, { client: boardClient([]) });
    expect(await screen.findByText('No cases on the board yet')).toBeTruthy();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('reloads when core reports a changed case, and ignores other entities', async () => {
    const cases: CaseBoardCard[] = [];
    const client = boardClient(cases);
    renderWithProviders(<BoardPage officeId={own} />, { client });
    await screen.findByText('No cases on the board yet');
    const boardCalls = () => client.calls.filter((call) => call.method === 'cases.board').length;
    expect(boardCalls()).toBe(1);

    client.emit('record.changed', { entity: 'log', ids: ['l1'], origin: 'remote' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(boardCalls()).toBe(1);

    cases.push(card({ lane: 'closed', firNumber: '99' }));
    client.emit('record.changed', { entity: 'case', ids: ['c1'], origin: 'remote' });
    expect(await screen.findByRole('article', { name: 'Nirsa PS Case No. 99/2025' })).toBeTruthy();
  });

  it('opens the case on Enter, marks it seen, and shows who changed what', async () => {
    const detail: CaseFullDetail = {
      ...card({ id: 'f', officeId: other, updatedByOther: true, updatedByOffice: other }),
      ...caseExtraDefaults,
      sections: ['BNS 303(2)'],
      place: 'Barakar bridge',
      mo: 'Cut the lock at night',
      summary: '',
      createdAt: lateEveningUtc,
      vehicles: ['JH10AB1234'],
      tags: [],
      canEdit: false,
      linkedCases: [],
      notes: [
        {
          id: 'n1',
          officeId: other,
          operatorName: 'Anita Mahato',
          text: 'Same gang as last week',
          createdAt: lateEveningUtc,
        },
      ],
      history: [
        {
          origin: 'node-b',
          seq: 2,
          at: lateEveningUtc + 60_000,
          officeId: other,
          operatorName: 'Anita Mahato',
          op: 'update',
          fields: { lane: 'arrested' },
          status: 'applied',
        },
      ],
    };
    const client = boardClient([card({ id: 'f', officeId: other })], {
      'cases.detail': () => detail,
      'records.markSeen': ({ id }) => ({ id }),
    });
    renderWithProviders(<BoardPage officeId={own} />, { client });
    const article = await screen.findByRole('article', { name: 'Nirsa PS Case No. 12/2025' });
    article.focus();
    await userEvent.keyboard('{Enter}');

    const drawer = await screen.findByTestId('case-detail');
    expect(window.location.hash).toBe('#/board?case=f');
    const history = within(drawer).getByRole('list', { name: 'Change history' });
    expect(history.textContent).toContain('By Anita Mahato, Purulia Control Room');
    expect(history.textContent).toContain('Under investigation');
    expect(drawer.textContent).toContain('Same gang as last week');
    expect(drawer.textContent).toContain('JH10AB1234');
    expect(within(drawer).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(within(drawer).queryByRole('button', { name: 'Edit vehicles' })).toBeNull();
    expect(drawer.textContent).toContain('only that office edits or moves it');
    await screen.findByText('Updated by Purulia Control Room');
    expect(client.calls.some((call) => call.method === 'records.markSeen')).toBe(true);
  });

  it('shows a failed load as the translated message of its code, with a retry', async () => {
    renderWithProviders(<BoardPage officeId={own} />, {
      client: createFakeClient({
        'offices.list': () => offices,
        'cases.board': failWith('LOCKED'),
      }),
      language: 'bn',
    });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'ডেটাবেসে তালা দেওয়া আছে: আগে তালা খুলুন।',
    );
    expect(screen.getByRole('button', { name: 'আবার চেষ্টা করুন' })).toBeTruthy();
  });
});
