import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogEntryView } from '../../../shared/api/views';
import { createFakeClient } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { UrgentBanner } from './UrgentBanner';

function lookout(id: string, officeId: string, text: string): LogEntryView {
  return {
    id,
    officeId,
    operatorName: 'SI Das',
    at: Date.UTC(2025, 0, 16, 3, 30),
    category: 'lookout',
    text,
    urgent: true,
    replyTo: null,
    caseIds: [],
    suspectIds: [],
    vehicles: [],
    photos: [],
    acks: [],
    replyCount: 0,
    addressedTo: [],
    memoNumber: '',
    dueAt: null,
    closes: [],
    repliedBy: [],
    incomingOperator: '',
  };
}

function bannerClient(stored: LogEntryView[] = []) {
  return createFakeClient({
    'log.thread': ({ id }) => stored.filter((entry) => entry.id === id),
    'offices.list': () => [
      {
        id: 'asansol',
        nameEn: 'Asansol',
        nameHi: 'आसनसोल',
        nameBn: 'আসানসোল',
        state: '',
        district: '',
        policeStations: [],
      },
    ],
    'log.ack': ({ id }) => ({ id }),
  });
}

/** A Notification stand-in that records what was shown. */
function fakeNotifications(permission: NotificationPermission) {
  const shown: Array<{ title: string; body: string | undefined }> = [];
  const requestPermission = vi.fn(async () => permission);
  class FakeNotification {
    static permission = permission;
    static requestPermission = requestPermission;
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, body: options?.body });
    }
  }
  vi.stubGlobal('Notification', FakeNotification);
  return { shown, requestPermission };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('UrgentBanner', () => {
  it('raises a banner and a desktop notification for an urgent lookout, until acknowledged', async () => {
    const notifications = fakeNotifications('granted');
    const client = bannerClient();
    renderWithProviders(<UrgentBanner officeId="dhanbad" />, { client });
    expect(screen.queryByRole('alert')).toBeNull();

    act(() => client.emit('lookout.urgent', lookout('l1', 'asansol', 'Red Bolero crossing')));
    const banner = await screen.findByRole('alert');
    await waitFor(() => expect(banner.textContent).toContain('Urgent lookout from Asansol'));
    expect(banner.textContent).toContain('Red Bolero crossing');
    expect(screen.getByRole('link', { name: 'Open in the log' }).getAttribute('href')).toBe(
      '#/log?date=2025-01-16',
    );
    expect(notifications.shown).toEqual([
      { title: 'Urgent lookout: Asansol', body: 'Red Bolero crossing' },
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(client.calls.filter((c) => c.method === 'log.ack')).toEqual([
      { method: 'log.ack', input: { id: 'l1' } },
    ]);
  });

  it('queues several lookouts newest first, shows each once, and only dismisses its own', async () => {
    fakeNotifications('denied');
    const client = bannerClient();
    renderWithProviders(<UrgentBanner officeId="dhanbad" />, { client });
    act(() => {
      client.emit('lookout.urgent', lookout('l1', 'asansol', 'First'));
      client.emit('lookout.urgent', lookout('l2', 'dhanbad', 'Second, ours'));
      client.emit('lookout.urgent', lookout('l2', 'dhanbad', 'Second, ours'));
    });
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Second, ours');
    expect(banner.textContent).toContain('Other urgent lookouts waiting: 1');
    expect(screen.queryByRole('button', { name: 'Acknowledge' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect((await screen.findByRole('alert')).textContent).toContain('First');
    expect(client.calls.some((c) => c.method === 'log.ack')).toBe(false);
  });

  it('asks for notification permission without waiting on the answer', async () => {
    const notifications = fakeNotifications('default');
    const client = bannerClient();
    renderWithProviders(<UrgentBanner officeId="dhanbad" />, { client, language: 'bn' });
    act(() => client.emit('lookout.urgent', lookout('l1', 'asansol', 'Text')));
    expect(await screen.findByRole('alert')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('আসানসোল থেকে জরুরি সতর্কবার্তা'),
    );
    expect(notifications.requestPermission).toHaveBeenCalledTimes(1);
    expect(notifications.shown).toEqual([]);
  });

  it('raises a fresh urgent lookout that arrives from another node, once, and no other entry', async () => {
    fakeNotifications('denied');
    const now = Date.now();
    const fresh = { ...lookout('f', 'asansol', 'Fresh from Asansol'), at: now - 60_000 };
    const old = { ...lookout('o', 'asansol', 'Two days old'), at: now - 2 * 86_400_000 };
    const seen = { ...lookout('s', 'asansol', 'Already acknowledged'), at: now, acks: ['dhanbad'] };
    const plain = { ...lookout('p', 'asansol', 'Not urgent'), at: now, urgent: false };
    const client = bannerClient([fresh, old, seen, plain]);
    renderWithProviders(<UrgentBanner officeId="dhanbad" />, { client });
    act(() => {
      client.emit('record.changed', { entity: 'log', ids: ['o', 's', 'p'], origin: 'remote' });
      client.emit('record.changed', { entity: 'log', ids: ['f'], origin: 'local' });
    });
    await waitFor(() =>
      expect(client.calls.filter((c) => c.method === 'log.thread')).toHaveLength(3),
    );
    expect(screen.queryByRole('alert')).toBeNull();

    act(() => client.emit('record.changed', { entity: 'log', ids: ['f'], origin: 'remote' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Fresh from Asansol');
    act(() => client.emit('lookout.urgent', fresh));
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
