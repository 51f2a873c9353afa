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

const folderFiles = {
  folder: '/home/operator/.config/samanvay/samanvay.db.bundles',
  files: [{ name: 'from-dhanbad.bundle', bytes: 2048, modifiedAt: Date.UTC(2026, 10, 30, 6) }],
  dialog: false,
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
      'bundle.files': () => folderFiles,
      'bundle.preview': () => preview,
      'bundle.import': () => {
        imported = true;
        return { ...preview, dryRun: false, applied: 12, photosStored: 3 };
      },
    });
    renderWithProviders(<SyncPage />, { client });
    expect(await screen.findByText(/No bundle has been exported or imported/)).toBeTruthy();
    expect(await screen.findByText(/Bundle folder: .*samanvay\.db\.bundles/)).toBeTruthy();
    await userEvent.click(screen.getByRole('combobox', { name: 'File' }));
    await userEvent.click(await screen.findByRole('option', { name: 'from-dhanbad.bundle' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check and preview' }));
    expect(await screen.findByText(/40 new changes, 3 new photos/)).toBeTruthy();
    expect(screen.getByRole('cell', { name: '7' })).toBeTruthy();
    expect(client.calls.some((call) => call.method === 'bundle.import')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/Imported 12 commits/)).toBeTruthy();
    await waitFor(() => expect(screen.getByText('from-dhanbad.bundle, 2 KB')).toBeTruthy());
    // The page named only the file in the bundle folder, never a path.
    const named = client.calls.filter((call) => call.method.startsWith('bundle.'));
    expect(named.filter((call) => call.method === 'bundle.import')).toEqual([
      { method: 'bundle.import', input: { file: 'from-dhanbad.bundle' } },
    ]);
  });

  it('in the app, imports a file chosen in the open dialog, and exports with no path at all', async () => {
    const client = createFakeClient({
      'sync.status': () => status,
      'sync.log': () => [],
      'bundle.history': () => [],
      'bundle.files': () => ({ ...folderFiles, dialog: true }),
      'bundle.choose': () => ({ file: 'chosen-0123456789abcdef01234567.bundle', name: 'x.bundle' }),
      'bundle.preview': () => preview,
      'bundle.export': failWith('CANCELLED'),
    });
    renderWithProviders(<SyncPage />, { client });
    await userEvent.click(await screen.findByRole('button', { name: 'Choose file…' }));
    expect(await screen.findByText('x.bundle')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Check and preview' }));
    expect(await screen.findByText(/40 new changes, 3 new photos/)).toBeTruthy();
    expect(client.calls.find((call) => call.method === 'bundle.preview')?.input).toEqual({
      file: 'chosen-0123456789abcdef01234567.bundle',
    });
    expect(screen.queryByText(/Bundle folder:/)).toBeNull();
    await userEvent.type(screen.getByLabelText(/For computer/), 'k7qd-2m9x-4pqr-8zta');
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() =>
      expect(client.calls.find((call) => call.method === 'bundle.export')?.input).toEqual({
        peer: 'K7QD-2M9X-4PQR-8ZTA',
        full: false,
      }),
    );
    // Closing the save dialog is not an error.
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a refused bundle in the chosen language and imports nothing', async () => {
    const client = createFakeClient({
      'sync.status': () => status,
      'sync.log': () => [],
      'bundle.history': () => [],
      'bundle.files': () => folderFiles,
      'bundle.preview': failWith('BUNDLE_NOT_FOR_THIS_NODE'),
    });
    renderWithProviders(<SyncPage />, { client, language: 'bn' });
    await userEvent.click(await screen.findByRole('combobox', { name: 'ফাইল' }));
    await userEvent.click(await screen.findByRole('option', { name: 'from-dhanbad.bundle' }));
    await userEvent.click(screen.getByRole('button', { name: 'যাচাই ও পূর্বরূপ' }));
    expect(await screen.findByText('এই বান্ডেল (bundle) অন্য কম্পিউটারের জন্য তৈরি।')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'আমদানি করুন' })).toBeNull();
  });
});
