import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createFakeClient, failWith } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { FirstRunPage } from './FirstRun.page';

const initResult = { nodeId: 'a1b2c3d4e5f60718', recoveryKey: 'ABCD-EFGH-JKMN-PQRS' };

function setUp(language: 'en' | 'hi' | 'bn' = 'en', init = () => initResult) {
  const client = createFakeClient({ 'session.init': init });
  const onInitialised = vi.fn();
  renderWithProviders(<FirstRunPage onInitialised={onInitialised} />, { client, language });
  return { client, onInitialised, user: userEvent.setup() };
}

describe('FirstRunPage', () => {
  it('refuses a passphrase under 10 characters with the translated message, without calling core', async () => {
    const { client, user } = setUp();
    await user.type(
      screen.getByLabelText(/Office name in English/),
      'Dhanbad District Control Room',
    );
    await user.type(screen.getByLabelText(/Your name/), 'Ravi Mahato');
    await user.type(screen.getByLabelText(/^Passphrase \*$/), 'short');
    await user.type(screen.getByLabelText(/Passphrase again/), 'short');
    await user.click(screen.getByRole('button', { name: 'Create office' }));

    expect(
      await screen.findByText('The passphrase must be at least 10 characters long.'),
    ).toBeTruthy();
    expect(client.calls).toEqual([]);
  });

  it('says in Hindi when the two passphrases differ', async () => {
    const { client, user } = setUp('hi');
    await user.type(
      screen.getByLabelText(/कार्यालय का नाम अंग्रेज़ी में/),
      'Purulia District Control Room',
    );
    await user.type(screen.getByLabelText(/आपका नाम/), 'Amit Kumar');
    await user.type(screen.getByLabelText(/^गुप्त वाक्यांश \*?$/), 'correct horse battery');
    await user.type(screen.getByLabelText(/गुप्त वाक्यांश दोबारा/), 'correct horse battery!');
    await user.click(screen.getByRole('button', { name: 'कार्यालय बनाएँ' }));

    expect(await screen.findByText('दोनों गुप्त वाक्यांश एक जैसे नहीं हैं।')).toBeTruthy();
    expect(client.calls).toEqual([]);
  });

  it('asks for the office name and the operator name', async () => {
    const { client, user } = setUp('bn');
    await user.click(screen.getByRole('button', { name: 'দপ্তর তৈরি করুন' }));
    expect(await screen.findAllByText('এই ঘরটি পূরণ করতে হবে।')).toHaveLength(2);
    expect(client.calls).toEqual([]);
  });

  it('creates the office from a border office preset, the operator and the passphrase', async () => {
    const { client, onInitialised, user } = setUp();
    await user.selectOptions(
      screen.getByLabelText(/Border office/),
      'Jamtara District Control Room',
    );
    await user.type(screen.getByLabelText(/Your name/), '  Ravi Mahato ');
    await user.type(screen.getByLabelText('Rank', { selector: 'input' }), 'Sub-Inspector');
    await user.type(screen.getByLabelText(/^Passphrase \*$/), 'correct horse battery');
    await user.type(screen.getByLabelText(/Passphrase again/), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Create office' }));

    await waitFor(() =>
      expect(onInitialised).toHaveBeenCalledWith(initResult, 'Jamtara District Control Room'),
    );
    expect(client.calls).toEqual([
      {
        method: 'session.init',
        input: {
          office: {
            nameEn: 'Jamtara District Control Room',
            nameHi: 'जामताड़ा ज़िला नियंत्रण कक्ष',
            nameBn: 'জামতাড়া জেলা নিয়ন্ত্রণ কক্ষ',
            state: 'Jharkhand',
            district: 'Jamtara',
            policeStations: ['Jamtara', 'Mihijam', 'Nala', 'Kundahit', 'Fatehpur', 'Narayanpur'],
          },
          operator: { name: 'Ravi Mahato', rank: 'Sub-Inspector' },
          passphrase: 'correct horse battery',
        },
      },
    ]);
  });

  it("shows core's refusal translated, not its English message", async () => {
    const { onInitialised, user } = setUp('bn', failWith('DATABASE_EXISTS'));
    await user.type(screen.getByLabelText(/দপ্তরের নাম ইংরেজিতে/), 'Birbhum District Control Room');
    await user.type(screen.getByLabelText(/আপনার নাম/), 'Sujit Mondal');
    await user.type(screen.getByLabelText(/^গোপন বাক্যাংশ \*?$/), 'correct horse battery');
    await user.type(screen.getByLabelText(/গোপন বাক্যাংশ আবার/), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'দপ্তর তৈরি করুন' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'এই জায়গায় আগে থেকেই একটি ডেটাবেস আছে।',
    );
    expect(onInitialised).not.toHaveBeenCalled();
  });
});
