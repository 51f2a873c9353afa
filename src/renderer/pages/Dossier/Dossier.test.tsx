import { suspectExtraDefaults, suspectExtraSetDefaults } from '../../../shared/domain/recordExtras';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/api/contract';
import type { SuspectFullDetail } from '../../../shared/api/views';
import { CallError } from '../../api/callError';
import { createFakeClient, type FakeHandlers } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { DossierPage } from './Dossier.page';

const first = '1'.repeat(64);
const second = '2'.repeat(64);
const added = '3'.repeat(64);

function dossier(fields: Partial<SuspectFullDetail> = {}): SuspectFullDetail {
  return {
    id: 'suspect-1',
    officeId: 'jh-dhanbad',
    createdAt: 0,
    updatedAt: 0,
    updatedByOffice: 'jh-dhanbad',
    updatedByOther: false,
    name: 'रमेश महतो',
    fatherName: 'Suresh Mahato',
    age: 34,
    dateOfBirth: null,
    sex: 'male',
    address: 'Nirsa',
    marks: '',
    heightCm: null,
    build: '',
    mo: '',
    gang: '',
    status: 'wanted',
    reward: 0,
    primaryPhoto: first,
    sharing: 'network',
    ...suspectExtraDefaults,
    ...suspectExtraSetDefaults,
    aliases: ['Chhotu'],
    otherNames: ['Ramesh Mahato'],
    phones: [],
    vehicles: [],
    photos: [first, second],
    cases: [],
    associates: [],
    notes: [],
    statusHistory: [],
    history: [],
    canEdit: true,
    ...fields,
  };
}

const image = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'face.jpg', { type: 'image/jpeg' });

function setUp(detail: SuspectFullDetail, handlers: FakeHandlers = {}) {
  const client = createFakeClient({
    'suspects.detail': () => detail,
    'suspects.similar': () => [],
    'records.markSeen': ({ id }) => ({ id }),
    'photos.get': ({ hash }) => ({
      hash,
      dataUrl: 'data:image/jpeg;base64,AA==',
      width: 1,
      height: 1,
    }),
    'suspects.removeValue': ({ id }) => ({ id }),
    'suspects.addValue': ({ id }) => ({ id }),
    ...handlers,
  });
  const offices = new Map([
    [
      'jh-dhanbad',
      {
        id: 'jh-dhanbad',
        nameEn: 'Dhanbad',
        nameHi: 'धनबाद',
        nameBn: 'ধানবাদ',
        state: '',
        district: '',
        policeStations: [],
      },
    ],
  ]);
  const view = renderWithProviders(
    <DossierPage
      id="suspect-1"
      offices={offices}
      backHref="#/gallery"
      hrefOf={(id) => `#/gallery/${id}`}
    />,
    { client },
  );
  return { client, ...view, user: userEvent.setup() };
}

const callsTo = (client: ReturnType<typeof setUp>['client'], method: string) =>
  client.calls.filter((call) => call.method === method).map((call) => call.input);

describe('dossier photos', () => {
  it('marks the dossier seen, adds a picked photo to it, and undoes the addition', async () => {
    const { client, container, user } = setUp(dossier(), {
      'photos.add': (_input: InputOf<'photos.add'>) => ({
        hash: added,
        dataUrl: null,
        width: 1,
        height: 1,
      }),
    });
    await screen.findByRole('heading', { name: 'Ramesh Mahato' });
    expect(callsTo(client, 'records.markSeen')).toEqual([{ entity: 'suspect', id: 'suspect-1' }]);
    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, image);

    await screen.findByText('Saved.');
    expect(callsTo(client, 'photos.add')).toEqual([{ data: '/9j/', suspectId: 'suspect-1' }]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('The last change was undone.');
    expect(callsTo(client, 'suspects.removeValue')).toEqual([
      { id: 'suspect-1', field: 'photos', value: added },
    ]);
  });

  it.each([
    [
      'IMAGE_REJECTED',
      'The picture was refused: only JPEG, PNG or WebP photos of a sensible size.',
    ],
    ['IMAGE_TOO_LARGE', 'The picture is too large.'],
  ] as const)(
    'shows %s with its translated message and keeps the photos as they were',
    async (code, message) => {
      const { client, container, user } = setUp(dossier(), {
        'photos.add': () => {
          throw new CallError(code);
        },
      });
      await screen.findByRole('heading', { name: 'Ramesh Mahato' });
      const input = container.querySelector<HTMLInputElement>('input[type="file"]');
      if (!input) throw new Error('no file input');
      await user.upload(input, new File(['<svg/>'], 'evil.jpg', { type: 'image/jpeg' }));

      expect((await screen.findByRole('alert')).textContent).toContain(message);
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
      expect(callsTo(client, 'suspects.removeValue')).toEqual([]);
    },
  );

  it('refuses a file over 20 MB without sending it', async () => {
    const { client, container, user } = setUp(dossier(), {
      'photos.add': () => {
        throw new Error('sent');
      },
    });
    await screen.findByRole('heading', { name: 'Ramesh Mahato' });
    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const huge = new File([new Uint8Array(21 * 1024 * 1024)], 'huge.jpg', { type: 'image/jpeg' });
    await user.upload(input, huge);

    expect((await screen.findByRole('alert')).textContent).toContain('The picture is too large.');
    expect(callsTo(client, 'photos.add')).toEqual([]);
  });

  it('asks before removing a photo, and removes it only when confirmed', async () => {
    const { client, user } = setUp(dossier());
    await screen.findByRole('heading', { name: 'Ramesh Mahato' });
    await user.click(screen.getByRole('button', { name: 'Remove photo' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(callsTo(client, 'suspects.removeValue')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Remove photo' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove' }),
    );
    await waitFor(() =>
      expect(callsTo(client, 'suspects.removeValue')).toEqual([
        { id: 'suspect-1', field: 'photos', value: first },
      ]),
    );
  });

  it('tells another office why it cannot change the dossier, and offers no photo controls', async () => {
    const { container } = setUp(dossier({ canEdit: false, officeId: 'jh-dhanbad' }));
    await screen.findByRole('heading', { name: 'Ramesh Mahato' });
    expect(screen.getByTestId('not-owner').textContent).toContain(
      'Only Dhanbad, which owns this dossier, can change its details.',
    );
    expect(container.querySelector('input[type="file"]')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit details' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove photo' })).toBeNull();
  });
});

describe('dossier edits', () => {
  it('saves only what changed, names list changes value by value, and undoes both', async () => {
    const { client, user } = setUp(dossier(), {
      'suspects.update': ({ id }) => ({ id }),
    });
    await screen.findByRole('heading', { name: 'Ramesh Mahato' });
    await user.click(screen.getByRole('button', { name: 'Edit details' }));
    const form = await screen.findByRole('dialog');
    const age = within(form).getByLabelText('Age');
    await user.clear(age);
    await user.type(age, '40');
    const aliases = within(form)
      .getAllByLabelText('Aliases')
      .find((element) => element instanceof HTMLInputElement && element.type !== 'hidden');
    if (!aliases) throw new Error('no aliases field');
    await user.type(aliases, 'Tiger{Enter}');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Saved.');
    expect(callsTo(client, 'suspects.update')).toEqual([{ id: 'suspect-1', fields: { age: 40 } }]);
    expect(callsTo(client, 'suspects.addValue')).toEqual([
      { id: 'suspect-1', field: 'aliases', value: 'Tiger' },
    ]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('The last change was undone.');
    expect(callsTo(client, 'suspects.update')).toEqual([
      { id: 'suspect-1', fields: { age: 40 } },
      { id: 'suspect-1', fields: { age: 34 } },
    ]);
    expect(callsTo(client, 'suspects.removeValue')).toEqual([
      { id: 'suspect-1', field: 'aliases', value: 'Tiger' },
    ]);
  });

  it('asks before removing an alias and records nothing when cancelled', async () => {
    const { client, user } = setUp(dossier());
    await screen.findByRole('heading', { name: 'Ramesh Mahato' });
    await user.click(screen.getByRole('button', { name: 'Remove Chhotu' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Remove “Chhotu” from the dossier?');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsTo(client, 'suspects.removeValue')).toEqual([]);
  });

  it('appends a note for every office, attributed, with nothing to undo', async () => {
    const note = {
      id: 'note-1',
      officeId: 'jh-dhanbad',
      operatorName: 'SI Ravi Mahato',
      text: 'Seen at Barakar bridge on a red Pulsar',
      createdAt: Date.UTC(2025, 0, 15, 20, 0),
    };
    let notes: SuspectFullDetail['notes'] = [];
    const { client, user } = setUp(dossier(), {
      'suspects.detail': () => dossier({ notes }),
      'notes.add': (input) => {
        notes = [{ ...note, text: input.text }];
        return notes[0] ?? note;
      },
    });
    await screen.findByRole('heading', { name: 'Ramesh Mahato' });
    expect(screen.getByText('No notes yet.')).toBeTruthy();
    await user.type(
      screen.getByLabelText('New note, seen by every office that holds this dossier'),
      '  Seen at Barakar bridge on a red Pulsar ',
    );
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    await screen.findByText('Saved.');
    expect(callsTo(client, 'notes.add')).toEqual([
      {
        targetEntity: 'suspect',
        targetId: 'suspect-1',
        text: 'Seen at Barakar bridge on a red Pulsar',
      },
    ]);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    client.emit('record.changed', { entity: 'note', ids: ['note-1'], origin: 'local' });
    await screen.findByText('Seen at Barakar bridge on a red Pulsar');
    expect(screen.getByText(/SI Ravi Mahato, Dhanbad/)).toBeTruthy();
  });
});
