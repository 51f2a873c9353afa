import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HitView, LookoutView } from '../../../shared/api/lookoutContract';
import { HitBanner } from '../../components/HitBanner/HitBanner';
import { createFakeClient } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { LookoutsPage } from './Lookouts.page';

const now = Date.now();
const day = 86_400_000;

function lookout(id: string, overrides: Partial<LookoutView> = {}): LookoutView {
  return {
    id,
    officeId: 'jh-dhanbad',
    target: 'suspect',
    kind: 'wanted',
    suspectId: null,
    name: 'Md. Rabiul Sheikh',
    fatherName: 'Abdul Sheikh',
    age: 32,
    aliases: [],
    particulars: '',
    vehicle: '',
    phone: '',
    photo: null,
    action: 'Arrest and inform Dhanbad',
    validFrom: now - day,
    validUntil: now + 30 * day,
    reward: 200_000,
    withdrawn: false,
    withdrawnReason: '',
    createdAt: now - day,
    state: 'active',
    openHits: 1,
    ...overrides,
  };
}

const hit: HitView = {
  id: 'wb-adpc:h1',
  officeId: 'wb-adpc',
  lookoutId: 'jh-dhanbad:l1',
  lookoutOfficeId: 'jh-dhanbad',
  lookoutName: 'Md. Rabiul Sheikh',
  matchEntity: 'suspect',
  matchId: 'wb-adpc:s1',
  matchTitle: 'মোঃ রবিউল শেখ',
  reasons: ['name', 'fatherName'],
  score: 90,
  foundAt: now,
  reply: null,
};

function client() {
  return createFakeClient({
    'lookouts.list': () => [
      lookout('jh-dhanbad:l1'),
      lookout('jh-dhanbad:l2', {
        name: 'Old case',
        withdrawn: true,
        state: 'withdrawn',
        openHits: 0,
      }),
    ],
    'hits.list': () => [hit],
    'offices.list': () => [],
    'hits.reply': ({ hitId }) => ({ id: `${hitId}-reply` }),
    'lookouts.withdraw': ({ id }) => ({ id }),
  });
}

describe('Lookouts screen', () => {
  it('lists active notices with their hits and reasons; the issuing office replies', async () => {
    const fake = client();
    renderWithProviders(<LookoutsPage officeId="jh-dhanbad" />, { client: fake });
    const card = await screen.findByTestId('lookout-card');
    expect(within(card).getByText('Md. Rabiul Sheikh')).toBeTruthy();
    expect(within(card).getByText(/same phonetic name, father's name matches/)).toBeTruthy();
    expect(within(card).getByText(/₹2 lakh/)).toBeTruthy();
    await userEvent.click(within(card).getByRole('button', { name: 'Not the same person' }));
    await waitFor(() =>
      expect(fake.calls.find((call) => call.method === 'hits.reply')?.input).toEqual({
        hitId: 'wb-adpc:h1',
        verdict: 'not_same_person',
        note: '',
      }),
    );
    await userEvent.click(screen.getByText(/Withdrawn or expired/));
    expect((await screen.findByTestId('lookout-card')).textContent).toContain('Old case');
  });

  it('in Hindi, and another office sees the hit awaiting the issuing office', async () => {
    renderWithProviders(<LookoutsPage officeId="wb-adpc" />, { client: client(), language: 'hi' });
    const card = await screen.findByTestId('lookout-card');
    expect(within(card).getByText('वांछित')).toBeTruthy();
    expect(within(card).getByText('जारी करने वाले कार्यालय के उत्तर की प्रतीक्षा')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'वापस लें' })).toBeNull();
  });
});

describe('HitBanner', () => {
  it('shows a hit as it is raised, in Bengali, until dismissed', async () => {
    const fake = client();
    renderWithProviders(<HitBanner />, { client: fake, language: 'bn' });
    expect(screen.queryByTestId('hit-banner')).toBeNull();
    act(() => fake.emit('hit.raised', hit));
    const banner = await screen.findByTestId('hit-banner');
    expect(banner.textContent).toContain('লুকআউট মিল: Md. Rabiul Sheikh');
    expect(banner.textContent).toContain('নামের উচ্চারণ এক');
    await userEvent.click(within(banner).getByRole('button', { name: 'সরান' }));
    expect(screen.queryByTestId('hit-banner')).toBeNull();
  });
});
