import { screen, waitFor } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionStatus } from '../shared/api/views';
import { App } from './App';
import { languageStorageKey } from './i18n/I18nProvider';
import { createFakeClient, type FakeClient } from './test/fakeClient';

const office = {
  id: 'o1',
  nameEn: 'Purulia District Control Room',
  nameHi: 'पुरुलिया ज़िला नियंत्रण कक्ष',
  nameBn: 'পুরুলিয়া জেলা নিয়ন্ত্রণ কক্ষ',
  state: 'West Bengal',
  district: 'Purulia',
  policeStations: ['Jhalda'],
};
const unlocked: SessionStatus = {
  state: 'unlocked',
  nodeId: 'KJW3-0Y42-EWWS-RKBW',
  office,
  operator: { id: 'op1', name: 'Sujit Mondal', rank: 'SI', officeId: 'o1' },
  unlockWith: ['passphrase', 'recovery'],
};

/** A core that starts with no database and unlocks as soon as it is initialised. */
function newCore(): FakeClient {
  let status: SessionStatus = { state: 'new', unlockWith: [] };
  const client: FakeClient = createFakeClient({
    'session.status': () => status,
    'session.init': () => {
      status = unlocked;
      // Core announces the new state before the call returns.
      client.emit('session.changed', unlocked);
      return { nodeId: unlocked.nodeId ?? '', recoveryKey: 'J4T8-XA3C-WRVK-RH46' };
    },
    'session.lock': () => {
      status = { state: 'locked', office, unlockWith: ['passphrase'] };
      return status;
    },
  });
  return client;
}

beforeEach(() => {
  window.localStorage.clear();
  window.location.hash = '';
});

describe('App', () => {
  it('keeps the recovery key on screen until it is confirmed, even though core is already unlocked', async () => {
    const user = userEvent.setup();
    render(<App client={newCore()} env="test" />);
    await user.selectOptions(
      await screen.findByLabelText(/Border office/),
      'Purulia District Control Room',
    );
    await user.type(screen.getByLabelText(/Your name/), 'Sujit Mondal');
    await user.type(screen.getByLabelText(/^Passphrase \*$/), 'correct horse battery');
    await user.type(screen.getByLabelText(/Passphrase again/), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Create office' }));

    expect((await screen.findByTestId('recovery-key')).textContent).toBe('J4T8 XA3C WRVK RH46');
    const continueButton = screen.getByRole('button', { name: 'Continue' });
    expect(continueButton.hasAttribute('disabled')).toBe(true);
    await user.click(screen.getByLabelText('I have printed it or written it down'));
    await user.click(continueButton);

    expect((await screen.findByTestId('office-name')).textContent).toBe(
      'Purulia District Control Room',
    );
    expect(screen.queryByTestId('recovery-key')).toBeNull();
  });

  it('remembers the chosen language and names the office in it', async () => {
    const user = userEvent.setup();
    const client = newCore();
    await client.call('session.init', {
      office,
      operator: { name: 'Sujit Mondal', rank: 'SI' },
      passphrase: 'correct horse battery',
    });
    const { unmount } = render(<App client={client} env="test" />);
    await screen.findByTestId('office-name');
    await user.click(screen.getByText('বাংলা'));
    expect(screen.getByTestId('office-name').textContent).toBe('পুরুলিয়া জেলা নিয়ন্ত্রণ কক্ষ');
    expect(window.localStorage.getItem(languageStorageKey)).toBe('bn');
    expect(document.documentElement.lang).toBe('bn');
    unmount();

    render(<App client={client} env="test" />);
    expect(await screen.findByRole('link', { name: 'মামলার ছক' })).toBeTruthy();
  });

  it('goes to the unlock screen when locked from the header', async () => {
    const user = userEvent.setup();
    const client = newCore();
    await client.call('session.init', {
      office,
      operator: { name: 'S', rank: '' },
      passphrase: 'x'.repeat(12),
    });
    render(<App client={client} env="test" />);
    await user.click(await screen.findByRole('button', { name: 'Lock' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Unlock Samanvay' })).toBeTruthy(),
    );
    expect(screen.getByText('Purulia District Control Room')).toBeTruthy();
  });

  it('follows the address to the screen named in the hash', async () => {
    const client = newCore();
    await client.call('session.init', {
      office,
      operator: { name: 'S', rank: '' },
      passphrase: 'x'.repeat(12),
    });
    window.location.hash = '#/bulletin';
    render(<App client={client} env="test" />);
    expect(await screen.findByRole('heading', { name: 'Daily crime bulletin' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bulletin' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });
});
