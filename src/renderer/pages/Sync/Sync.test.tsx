import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncPeerView, SyncStatusView } from '../../../shared/api/views';
import { createFakeClient, failWith } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { SyncPage } from './Sync.page';

const peer: SyncPeerView = {
  nodeId: 'K7QD-2M9X-4PQR-8ZTA',
  officeId: 'wb-adpc',
  keyPinned: false,
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
  heldBack: [],
};

function status(peers: SyncPeerView[], listening: string | null = null): SyncStatusView {
  return {
    running: true,
    nodeId: 'ABCD-EFGH-JKMN-PQRS',
    listening,
    listenSetting: listening,
    peers,
    missingPhotos: 0,
    refusedConnections: 1,
    rejectedChanges: 0,
  };
}

describe('Sync screen', () => {
  afterEach(() => vi.restoreAllMocks());

  it('pairs a peer by id, office and address, upper-casing the id read over the phone', async () => {
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
    await userEvent.type(screen.getByLabelText(/Their office id/), 'WB-ADPC');
    await userEvent.type(screen.getByLabelText(/Their address/), '10.20.0.5:7443');
    await userEvent.click(screen.getByRole('button', { name: 'Pair' }));
    await waitFor(() =>
      expect(client.calls.find((call) => call.method === 'sync.pair')?.input).toEqual({
        nodeId: 'K7QD-2M9X-4PQR-8ZTA',
        officeId: 'wb-adpc',
        address: '10.20.0.5:7443',
      }),
    );
    expect(await screen.findByText('wb-adpc · 10.20.0.5:7443')).toBeTruthy();
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
    expect(await screen.findByText('ऐसा कोई कंप्यूटर इस कंप्यूटर के साथ जोड़ा नहीं गया है।')).toBeTruthy();
  });

  it('says in plain words whether this computer accepts connections, saves the address, and warns when neither side may listen', async () => {
    let listening: string | null = null;
    const client = createFakeClient({
      'sync.status': () => status([peer], listening),
      'sync.log': () => [],
      'sync.setListen': (input) => {
        listening = input.address;
        return status([peer], listening);
      },
    });
    renderWithProviders(<SyncPage />, { client });
    expect(
      await screen.findByText(/This computer does not accept connections: it only/),
    ).toBeTruthy();
    expect(screen.getByText(/K7QD-2M9X-4PQR-8ZTA has not been reached/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/Accept connections at/), '0.0.0.0:7443');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(client.calls.find((call) => call.method === 'sync.setListen')?.input).toEqual({
        address: '0.0.0.0:7443',
      }),
    );
    expect(
      await screen.findByText(
        'This computer accepts connections from its paired computers at 0.0.0.0:7443.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/has not been reached/)).toBeNull();
  });

  it('explains which records a peer refused because a demo’s simulated workstation signed them', async () => {
    const held: SyncPeerView = {
      ...peer,
      online: true,
      lastContact: Date.UTC(2026, 10, 29, 6),
      lastError: null,
      heldBack: [
        {
          origin: 'SIMU-LATE-DADP-CNOD',
          officeId: 'wb-adpc',
          simulated: true,
          code: 'UNKNOWN_NODE',
          detail: 'A new node of a known office must be paired directly.',
          cases: 125,
          suspects: 40,
          logEntries: 12,
        },
      ],
    };
    const client = createFakeClient({
      'sync.status': () => status([held], '0.0.0.0:7443'),
      'sync.log': () => [],
    });
    renderWithProviders(<SyncPage />, { client, language: 'bn' });
    expect(
      await screen.findByText(
        /ডেমোর wb-adpc-এর কাল্পনিক \(simulated\) ওয়ার্কস্টেশন-এর স্বাক্ষর করা ১২৫টি মামলা/,
      ),
    ).toBeTruthy();
  });
});
