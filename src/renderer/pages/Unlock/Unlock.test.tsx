import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { InputOf } from '../../../shared/api/contract';
import type { SessionStatus } from '../../../shared/api/views';
import { CallError } from '../../api/callError';
import { createFakeClient } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { UnlockPage } from './Unlock.page';

const locked: SessionStatus = { state: 'locked', unlockWith: ['passphrase', 'recovery'] };
const unlocked: SessionStatus = {
  state: 'unlocked',
  nodeId: 'a1b2',
  unlockWith: ['passphrase', 'recovery'],
};

/** Core's unlock: one right passphrase and one right recovery key. */
function unlockHandler(input: InputOf<'session.unlock'>): SessionStatus {
  if ('passphrase' in input && input.passphrase === 'correct horse battery') return unlocked;
  if ('recoveryKey' in input && input.recoveryKey === 'ABCD-EFGH') return unlocked;
  throw new CallError('passphrase' in input ? 'WRONG_PASSPHRASE' : 'WRONG_RECOVERY_KEY');
}

function setUp(language: 'en' | 'hi' | 'bn' = 'en') {
  const client = createFakeClient({ 'session.unlock': unlockHandler });
  const onUnlocked = vi.fn();
  renderWithProviders(<UnlockPage status={locked} onUnlocked={onUnlocked} />, { client, language });
  return { client, onUnlocked, user: userEvent.setup() };
}

describe('UnlockPage', () => {
  it('shows WRONG_PASSPHRASE translated and clears the field for another try', async () => {
    const { onUnlocked, user } = setUp();
    const field = screen.getByLabelText('Passphrase');
    await user.type(field, 'wrong passphrase{Enter}');

    expect((await screen.findByRole('alert')).textContent).toContain('The passphrase is wrong.');
    expect((field as HTMLInputElement).value).toBe('');
    expect(onUnlocked).not.toHaveBeenCalled();
  });

  it('shows the error in Bengali when Bengali is chosen', async () => {
    const { user } = setUp('bn');
    await user.type(screen.getByLabelText('গোপন বাক্যাংশ'), 'ভুল বাক্যাংশ{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('গোপন বাক্যাংশটি ভুল।');
  });

  it('unlocks with the right passphrase', async () => {
    const { onUnlocked, user } = setUp();
    await user.type(screen.getByLabelText('Passphrase'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(onUnlocked).toHaveBeenCalledWith(unlocked));
  });

  it('switches to the recovery key and sends it instead of a passphrase', async () => {
    const { client, onUnlocked, user } = setUp('hi');
    await user.click(screen.getByRole('button', { name: 'इसके बजाय पुनर्प्राप्ति कुंजी का उपयोग करें' }));
    await user.type(screen.getByLabelText(/पुनर्प्राप्ति कुंजी/), 'ABCD-EFGX{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('पुनर्प्राप्ति कुंजी गलत है।');

    await user.type(screen.getByLabelText(/पुनर्प्राप्ति कुंजी/), ' ABCD-EFGH {Enter}');
    await waitFor(() => expect(onUnlocked).toHaveBeenCalledWith(unlocked));
    expect(client.calls.map((call) => call.input)).toEqual([
      { recoveryKey: 'ABCD-EFGX' },
      { recoveryKey: 'ABCD-EFGH' },
    ]);
  });
});
