import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncPeerView, SyncStatusView } from '../../../shared/api/views';
import { createFakeClient, failWith } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { SyncPage } from './Sync.page';

const peer: SyncPeerView = {
  nodeId: 'K7QD-2M9X-4PQR-8ZTA',
  address: '10.20.0.5:7443',
  online: false,
  lastContact: null,
  changesToSend: 1200,
  changesToReceive: 0,
  photosWaiting: 3,
  bytesSent: 5 * 1024 * 1024,
  bytesReceived: 0,
  transfer: null,
  lastError: 'PEER_UNREACHABLE',
};

function status(peers: SyncPeerView[]): SyncStatusView {
  return {
    running: true,
    nodeId: 'ABCD-EFGH-JKMN-PQRS',
    listening: null,
    peers,
    missingPhotos: 0,
    refusedConnections: 1,
    rejectedChanges: 0,
  };
}

describe('Sync screen', () => {
  afterEach(() => vi.restoreAllMocks());

  it('pairs a peer by id and address, upper-casing the id read over the phone', async () => {
    let peers: SyncPeerView[] = [];
    const client = createFakeClient({
      'sync.status': () => status(peers),
      'sync.log': () => [],
      'sync.pair': (input) => {
        peers = [{ ...peer, nodeId: input.nodeId, address: input.address }];
        return peers[0] as SyncPeerView;
      },
    });
    renderWithProviders(<SyncPage />, { client });
    expect(await screen.findByText('ABCD-EFGH-JKMN-PQRS')).toBeTruthy();
    expect(screen.getByText(/No computer is paired yet/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/Their computer id/), 'k7qd-2m9x-4pqr-8zta');
    await userEvent.type(screen.getByLabelText(/Their address/), '10.20.0.5:7443');
    await userEvent.click(screen.getByRole('button', { name: 'Pair' }));
    await waitFor(() =>
      expect(client.calls.find((call) => call.method === 'sync.pair')?.input).toEqual({
        nodeId: 'K7QD-2M9X-4PQR-8ZTA',
        address: '10.20.0.5:7443',
      }),
    );
    expect(await screen.findByText('10.20.0.5:7443')).toBeTruthy();
    expect(screen.getByText('The other computer cannot be reached.')).toBeTruthy();
  });

  it('unpairs only after the operator confirms, and shows a refusal in the chosen language', async () => {
    const client = createFakeClient({
      'sync.status': () => status([peer]),
      'sync.log': () => [
        {
          id: 1,
          at: Date.UTC(2026, 10, 29, 6),
          kind: 'refused',
          peer: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ',
          address: '10.1.1.1:5',
          code: 'PEER_UNKNOWN',
          detail: '',
        },
      ],
      'sync.unpair': failWith('PEER_NOT_FOUND'),
    });
    const confirm = vi
      .spyOn(window, 'confirm')
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);
    renderWithProviders(<SyncPage />, { client, language: 'hi' });
    expect(await screen.findByText('कनेक्शन अस्वीकृत')).toBeTruthy();
    const unpair = await screen.findByRole('button', { name: 'अलग करें' });
    await userEvent.click(unpair);
    expect(client.calls.some((call) => call.method === 'sync.unpair')).toBe(false);
    await userEvent.click(unpair);
    expect(confirm).toHaveBeenCalledTimes(2);
    await waitFor(() =>
      expect(client.calls.some((call) => call.method === 'sync.unpair')).toBe(true),
    );
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
