import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseBoard } from '../../../shared/api/views';
import { renderWithProviders } from '../../test/renderWithProviders';
import { BoardPage } from './Board.page';
import { boardClient, boardOf, card, own } from './test/boardCore';

const go = (hash: string) =>
  act(() => {
    window.history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });

/** A core whose board answers wait, while `holding`, until `release` is called. */
function slowBoardCore() {
  const cases = [card({ id: 'a' }), card({ id: 'b', firNumber: '13', priority: 'low' })];
  const held: Array<() => void> = [];
  const core = {
    holding: false,
    client: boardClient(cases, {
      'cases.board': (input) => {
        const answer = boardOf(cases, input);
        if (!core.holding) return answer;
        return new Promise<CaseBoard>((resolve) => held.push(() => resolve(answer)));
      },
    }),
    release: () => act(() => held.splice(0).forEach((answer) => answer())),
  };
  return core;
}

/** Every text the element shows from now on, in order. */
function textsOf(element: HTMLElement): string[] {
  const texts: string[] = [];
  new MutationObserver(() => texts.push(element.textContent ?? '')).observe(element, {
    characterData: true,
    childList: true,
    subtree: true,
  });
  return texts;
}

beforeEach(() => window.history.replaceState(null, '', '#/board'));
afterEach(() => window.history.replaceState(null, '', '#/board'));

describe('the board total', () => {
  it('changes count and wording together, when the board they describe comes', async () => {
    const core = slowBoardCore();
    renderWithProviders(<BoardPage officeId={own} />, { client: core.client });
    const label = await screen.findByTestId('board-total');
    await waitFor(() => expect(label.textContent).toBe('In all: 2'));
    const texts = textsOf(label);
    const registered = () => within(screen.getByRole('region', { name: 'Registered' }));

    core.holding = true;
    go('#/board?priority=low');
    // The address says filtered, but the lanes are still the whole board's: so is the label.
    expect(label.textContent).toBe('In all: 2');
    expect(registered().getByLabelText('Cases: 2')).toBeTruthy();
    core.release();
    await waitFor(() => expect(label.textContent).toBe('Matching the filters: 1'));
    expect(registered().getByLabelText('Cases: 1')).toBeTruthy();

    go('#/board');
    expect(label.textContent).toBe('Matching the filters: 1');
    core.release();
    await waitFor(() => expect(label.textContent).toBe('In all: 2'));
    // Never the new query's wording over the old board's count, even for one render.
    expect(texts).toEqual(['Matching the filters: 1', 'In all: 2']);
    expect(label.getAttribute('aria-live')).toBe('polite');
  });
});
