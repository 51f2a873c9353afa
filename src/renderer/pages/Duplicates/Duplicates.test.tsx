import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DuplicatePair, PairState } from '../../../shared/api/dossierContract';
import type { SuspectCard } from '../../../shared/api/views';
import { createFakeClient } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { DuplicatesPage } from './Duplicates.page';

const card = (id: string, name: string, officeId: string, age: number): SuspectCard => ({
  id,
  officeId,
  name,
  otherNames: [],
  age,
  status: 'wanted',
  gang: '',
  primaryPhoto: null,
  caseCount: 0,
  updatedAt: 0,
  updatedByOffice: officeId,
  updatedByOther: false,
});

describe('Duplicates screen', () => {
  it('lists a pair with the matcher’s reasons in Hindi and links it as the same person', async () => {
    let state: PairState = 'open';
    const pair: DuplicatePair = {
      left: card('jh-dhanbad:1', 'Md. Rabiul Sheikh', 'jh-dhanbad', 34),
      right: card('wb-adpc:2', 'মোঃ রবিউল শেখ', 'wb-adpc', 35),
      score: 1,
      reasons: ['name', 'fatherName', 'age'],
      state: 'open',
    };
    const client = createFakeClient({
      'offices.list': () => [],
      'duplicates.list': (input) => (input.state === state ? [{ ...pair, state }] : []),
      'duplicates.decide': (input) => {
        state = input.decision === 'same' ? 'linked' : 'dismissed';
        return { state };
      },
    });
    renderWithProviders(<DuplicatesPage />, { client, language: 'hi' });
    expect(await screen.findByText('Md. Rabiul Sheikh')).toBeTruthy();
    expect(
      screen.getByText('नाम का उच्चारण एक, पिता का नाम मिलता है, उम्र 3 वर्ष के भीतर'),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'वही व्यक्ति' }));
    await waitFor(() =>
      expect(client.calls.find((call) => call.method === 'duplicates.decide')?.input).toEqual({
        leftId: 'jh-dhanbad:1',
        rightId: 'wb-adpc:2',
        decision: 'same',
      }),
    );
    expect(await screen.findByText('यहाँ कोई संभावित दोहरा डोज़ियर नहीं।')).toBeTruthy();
  });
});
