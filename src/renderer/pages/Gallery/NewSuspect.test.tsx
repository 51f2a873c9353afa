import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { InputOf } from '../../../shared/api/contract';
import { createFakeClient, failWith } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { NewSuspect } from './NewSuspect';

const photoHash = 'a'.repeat(64);

/** The field the operator types into (a chips input also has a hidden one with its label). */
function field(label: string | RegExp): HTMLInputElement {
  const found = screen
    .getAllByLabelText(label)
    .find((element) => element instanceof HTMLInputElement && element.type !== 'hidden');
  if (!(found instanceof HTMLInputElement)) throw new Error(`no field ${String(label)}`);
  return found;
}

function setUp(
  photosAdd = (_input: InputOf<'photos.add'>) => ({
    hash: photoHash,
    dataUrl: 'data:image/jpeg;base64,AA==',
    width: 1,
    height: 1,
  }),
) {
  const client = createFakeClient({
    'photos.add': photosAdd,
    'suspects.create': () => ({ id: 'suspect-1' }),
  });
  const onCreated = vi.fn();
  const { container } = renderWithProviders(
    <NewSuspect opened onClose={() => undefined} onCreated={onCreated} />,
    { client },
  );
  return { client, onCreated, container, user: userEvent.setup() };
}

const created = (client: ReturnType<typeof setUp>['client']) =>
  client.calls.filter((call) => call.method === 'suspects.create');

describe('new suspect form', () => {
  it('refuses an empty name and bad numbers, dates, phones and vehicles, sending nothing', async () => {
    const { client, user } = setUp();
    await user.type(field('Age'), '130');
    await user.type(field('Height (cm)'), '20');
    await user.type(field('Reward (₹)'), '-5');
    await user.type(field('Date of birth'), '01/01/2999');
    await user.type(field('Phone numbers'), '12ab{Enter}');
    await user.type(field('Vehicles'), 'not a car{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save suspect' }));

    expect(
      screen.getByText('Some fields need attention: see the message under each.'),
    ).toBeTruthy();
    expect(screen.getByText('This field must be filled in.')).toBeTruthy();
    expect(screen.getByText('Age must be a whole number from 0 to 120.')).toBeTruthy();
    expect(
      screen.getByText('Height must be a whole number of centimetres from 50 to 250.'),
    ).toBeTruthy();
    expect(
      screen.getByText('The reward must be a whole number of rupees, 0 or more.'),
    ).toBeTruthy();
    expect(screen.getByText('Write the date as dd/mm/yyyy, and not in the future.')).toBeTruthy();
    expect(screen.getByText('Not a phone number: 12ab')).toBeTruthy();
    expect(screen.getByText('Not a registration number: not a car')).toBeTruthy();
    expect(client.calls).toEqual([]);
  });

  it('sends a valid suspect with numbers parsed and the vehicle normalised', async () => {
    const { client, onCreated, user } = setUp();
    await user.type(field(/^Name\s*\*?$/), '  रमेश महतो ');
    await user.type(field('Name in other scripts'), 'Ramesh Mahato{Enter}');
    await user.type(field('Age'), '34');
    await user.type(field('Reward (₹)'), '50,000');
    await user.type(field('Vehicles'), 'jh10ab1234{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save suspect' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith('suspect-1'));
    const [call] = created(client);
    expect(call?.input).toMatchObject({
      name: 'रमेश महतो',
      otherNames: ['Ramesh Mahato'],
      age: 34,
      heightCm: null,
      reward: 50_000,
      vehicles: ['JH-10-AB-1234'],
      photos: [],
      primaryPhoto: null,
      status: 'wanted',
    });
  });

  it('sends the history-sheet fields, and refuses a bad IMEI or UPI id by its value', async () => {
    const { client, onCreated, user } = setUp();
    await user.type(field(/^Name\s*\*?$/), 'Bapi Mondal');
    await user.type(field('Father’s name'), 'Haripada Mondal');
    await user.click(screen.getByRole('button', { name: /Identifiers: history sheet/ }));
    await user.type(field('History-sheet no.'), 'HS 12/2019');
    await user.type(field('IMEIs'), '35391105123{Enter}');
    await user.type(field('UPI ids'), 'bapi.m@ybl{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save suspect' }));
    expect(screen.getByText('An IMEI has 15 digits: 35391105123')).toBeTruthy();
    expect(client.calls).toEqual([]);

    await user.type(field('IMEIs'), '{Backspace}353911051234567{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save suspect' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith('suspect-1'));
    expect(created(client)[0]?.input).toMatchObject({
      relation: 's_o',
      fatherName: 'Haripada Mondal',
      historySheetNumber: 'HS 12/2019',
      imeis: ['353911051234567'],
      upiIds: ['bapi.m@ybl'],
      ageOn: null,
      complexion: '',
    });
  });

  it('sends the chosen photo first and makes it the main photo of the new dossier', async () => {
    const { client, onCreated, container, user } = setUp();
    await user.type(field(/^Name\s*\*?$/), 'Sheikh Alam');
    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(
      input,
      new File([new Uint8Array([0xff, 0xd8, 0xff])], 'face.jpg', { type: 'image/jpeg' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save suspect' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(client.calls.map((call) => call.method)).toEqual(['photos.add', 'suspects.create']);
    expect(client.calls[0]?.input).toEqual({ data: '/9j/' });
    expect(created(client)[0]?.input).toMatchObject({
      photos: [photoHash],
      primaryPhoto: photoHash,
    });
  });

  it('shows a refused photo with its message and makes no dossier', async () => {
    const { client, onCreated, container, user } = setUp(failWith('IMAGE_REJECTED'));
    await user.type(field(/^Name\s*\*?$/), 'Sheikh Alam');
    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, new File(['<svg onload="x()"/>'], 'face.jpg', { type: 'image/jpeg' }));
    await user.click(screen.getByRole('button', { name: 'Save suspect' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'The picture was refused: only JPEG, PNG or WebP photos of a sensible size.',
    );
    expect(created(client)).toEqual([]);
    expect(onCreated).not.toHaveBeenCalled();
  });
});
