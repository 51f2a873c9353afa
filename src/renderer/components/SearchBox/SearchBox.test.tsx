import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/api/searchContract';
import { createFakeClient } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { SearchBox } from './SearchBox';

const hit: SearchHit = {
  kind: 'case',
  id: 'jh-dhanbad:c1',
  officeId: 'jh-dhanbad',
  score: 0.65,
  reasons: ['text'],
  title: 'Theft at Nirsa',
  titleRanges: [[0, 5]],
  snippet: '',
  snippetRanges: [],
  records: [],
  at: null,
};

async function search(hits: SearchHit[], language: 'en' | 'bn' = 'en') {
  const client = createFakeClient({ 'search.query': () => hits });
  renderWithProviders(<SearchBox opened onClose={() => undefined} />, { client, language });
  await userEvent.type(screen.getByTestId('search-input'), 'theft');
  await screen.findByTestId('search-hit');
}

describe('SearchBox', () => {
  it('says when a broad query was ranked among the newest matches only', async () => {
    await search([{ ...hit, newestOf: 2000 }]);
    expect(screen.getByTestId('search-newest').textContent).toContain('newest 2,000 matches');
  });

  it('says it in the operator’s language', async () => {
    await search([{ ...hit, newestOf: 2000 }], 'bn');
    expect(screen.getByTestId('search-newest').textContent).toContain('সবচেয়ে নতুন ২,০০০টি');
  });

  it('says nothing of the kind when every match was ranked', async () => {
    await search([hit]);
    expect(screen.queryByTestId('search-newest')).toBeNull();
  });
});
