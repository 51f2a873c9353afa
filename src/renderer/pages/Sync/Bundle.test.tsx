import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BundleImportView } from '../../../shared/api/bundleContract';
import type { SyncStatusView } from '../../../shared/api/views';
import { createFakeClient, failWith } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { SyncPage } from './Sync.page';

const status: SyncStatusView = {
  running: true,
  nodeId: 'ABCD-EFGH-JKMN-PQRS',
  listening: null,
  listenSetting: null,
  peers: [],
  missingPhotos: 0,
  refusedConnections: 0,
  rejectedChanges: 0,
};

const preview: BundleImportView = {
  dryRun: true,
  applied: 0,
  held: 0,
  rejected: [],
  refusedChanges: 0,
  photosStored: 0,
  photosRefused: 0,
  preview: {
    kind: 'changes',
    from: 'K7QD-2M9X-4PQR-8ZTA',
    to: 'ABCD-EFGH-JKMN-PQRS',
    fromOffice: 'jh-dhanbad',
    operator: 'Sunita Kumari',
    createdAt: Date.UTC(2026, 10, 30, 5),
    full: true,
    commits: 12,
    changes: 40,
    newChanges: 40,
    newPhotos: 3,
    heldPhotos: 0,
    offices: [
      {
        office: 'jh-dhanbad',
        newCases: 7,
        changedCases: 2,
        newSuspects: 5,
        changedSuspects: 0,
        logEntries: 11,
        otherChanges: 4,
      },
    ],
    range: { from: Date.UTC(2026, 10, 28), to: Date.UTC(2026, 10, 30) },
  },
};

describe('Sync screen: bundles', () => {
  it('previews a bundle before importing it, then imports and lists it in the history', async () => {
    let imported = false;
    const client = createFakeClient({
      'sync.status': () => status,
      'sync.log': () => [],
      'bundle.history': () =>
        imported
          ? [
              {
                id: 1,
                direction: 'import',
                kind: 'changes',
                peer: 'K7QD-2M9X-4PQR-8ZTA',
                at: Date.UTC(2026, 10, 30, 6),
                operator: 'Sunita Kumari',
                file: 'from-dhanbad.bundle',
                bytes: 2048,
                summary: { commits: 12, applied: 12 },
              },
            ]
          : [],
      'bundle.preview': () => preview,
      'bundle.import': () => {
        imported = true;
        return { ...preview, dryRun: false, applied: 12, photosStored: 3 };
      },
    });
    renderWithProviders(<SyncPage />, { client });
    expect(await screen.findByText(/No bundle has been exported or imported/)).toBeTruthy();
    const files = screen.getAllByLabelText(/^File/);
    await userEvent.type(files[files.length - 1] as HTMLElement, '/media/usb/from-dhanbad.bundle');
    await userEvent.click(screen.getByRole('button', { name: 'Check and preview' }));
    expect(await screen.findByText(/40 new changes, 3 new photos/)).toBeTruthy();
    expect(screen.getByRole('cell', { name: '7' })).toBeTruthy();
    expect(client.calls.some((call) => call.method === 'bundle.import')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/Imported 12 commits/)).toBeTruthy();
    await waitFor(() => expect(screen.getByText('from-dhanbad.bundle, 2 KB')).toBeTruthy());
  });

  it('shows a refused bundle in the chosen language and imports nothing', async () => {
    const client = createFakeClient({
      'sync.status': () => status,
      'sync.log': () => [],
      'bundle.history': () => [],
      'bundle.preview': failWith('BUNDLE_NOT_FOR_THIS_NODE'),
    });
    renderWithProviders(<SyncPage />, { client, language: 'bn' });
    const inputs = await screen.findAllByLabelText(/ফাইল/);
    await userEvent.type(inputs[inputs.length - 1] as HTMLElement, '/media/usb/x.bundle');
    await userEvent.click(screen.getByRole('button', { name: 'যাচাই ও পূর্বরূপ' }));
    expect(await screen.findByText('এই বান্ডেল (bundle) অন্য কম্পিউটারের জন্য তৈরি।')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'আমদানি করুন' })).toBeNull();
  });
});
