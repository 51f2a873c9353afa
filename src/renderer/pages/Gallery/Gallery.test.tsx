import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/api/contract';
import type { SuspectPage } from '../../../shared/api/views';
import { createFakeClient } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { GalleryPage } from './Gallery.page';

afterEach(() => {
  window.location.hash = '';
});

function setUp(list: (input: InputOf<'suspects.list'>) => SuspectPage) {
  const client = createFakeClient({ 'offices.list': () => [], 'suspects.list': list });
  renderWithProviders(<GalleryPage />, { client });
  return { client, user: userEvent.setup() };
}

const listCalls = (client: ReturnType<typeof setUp>['client']) =>
  client.calls.filter((call) => call.method === 'suspects.list').map((call) => call.input);

describe('gallery', () => {
  it('asks core with the filters in the address, and clearing them widens the view', async () => {
    window.location.hash = '#/gallery?status=wanted&photo=yes&gang=Koyla%20gang';
    const { client, user } = setUp(() => ({ total: 0, items: [] }));
    await screen.findByText('No suspect matches these filters');
    expect(listCalls(client)[0]).toEqual({
      status: 'wanted',
      hasPhoto: true,
      gang: 'Koyla gang',
      offset: 0,
      limit: 120,
    });

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await screen.findByText('No suspects yet');
    expect(window.location.hash).toBe('#/gallery');
    expect(listCalls(client).at(-1)).toEqual({ offset: 0, limit: 120 });
  });

  it('asks again when a suspect changes elsewhere, and shows the new count', async () => {
    window.location.hash = '#/gallery';
    let total = 0;
    const { client } = setUp(() => ({ total, items: [] }));
    await screen.findByText('No suspects yet');
    client.emit('record.changed', { entity: 'log', ids: ['x'], origin: 'remote' });
    total = 3;
    client.emit('record.changed', { entity: 'suspect', ids: ['s1'], origin: 'remote' });
    await waitFor(() =>
      expect(screen.getByTestId('suspect-count').textContent).toBe('Suspects: 3'),
    );
    expect(listCalls(client)).toHaveLength(2);
  });
});
