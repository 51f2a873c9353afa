import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeClient } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { BulletinPage } from './Bulletin.page';

describe('Bulletin screen', () => {
  it('asks for the chosen day and language and shows the bulletin with its print footer', async () => {
    const client = createFakeClient({
      'bulletin.html': (input) => ({
        html: `<html><body><h1>Bulletin ${input.date} ${input.language}</h1></body></html>`,
        footer: '<span>RESTRICTED</span>',
      }),
    });
    renderWithProviders(<BulletinPage />, { client, language: 'bn' });
    const day = screen.getByLabelText(/^দিন/);
    await userEvent.clear(day);
    await userEvent.type(day, '2026-11-30');
    await userEvent.click(screen.getByRole('button', { name: 'দেখান' }));
    await waitFor(() =>
      expect(client.calls.find((call) => call.method === 'bulletin.html')?.input).toEqual({
        date: '2026-11-30',
        language: 'bn',
      }),
    );
    const frame = await screen.findByTitle('বুলেটিনের পূর্বরূপ');
    const html = frame.getAttribute('srcdoc') ?? '';
    expect(html).toContain('Bulletin 2026-11-30 bn');
    expect(html).toContain('<div class="bulletin-footer"><span>RESTRICTED</span></div>');
    expect(screen.getByRole('button', { name: 'প্রিন্ট করুন' })).toBeTruthy();
  });

  it('asks for a range of days and the offices chosen', async () => {
    const client = createFakeClient({
      'offices.list': () => [
        {
          id: 'wb-asansol',
          nameEn: 'Asansol-Durgapur Police Commissionerate',
          nameHi: 'आसनसोल-दुर्गापुर पुलिस कमिश्नरेट',
          nameBn: 'আসানসোল-দুর্গাপুর পুলিশ কমিশনারেট',
          state: 'West Bengal',
          district: 'Paschim Bardhaman',
          policeStations: ['Kulti'],
        },
      ],
      'bulletin.html': () => ({ html: '<html><body>ok</body></html>', footer: '' }),
    });
    renderWithProviders(<BulletinPage />, { client, language: 'hi' });
    const day = screen.getByLabelText(/^दिन/);
    await userEvent.clear(day);
    await userEvent.type(day, '2026-11-24');
    await userEvent.type(screen.getByLabelText(/अंतिम दिन/), '2026-11-30');
    await userEvent.click(screen.getAllByLabelText('कार्यालय')[0]!);
    await userEvent.click(await screen.findByText('आसनसोल-दुर्गापुर पुलिस कमिश्नरेट'));
    await userEvent.click(screen.getByRole('button', { name: 'दिखाएँ' }));
    await waitFor(() =>
      expect(client.calls.find((call) => call.method === 'bulletin.html')?.input).toEqual({
        date: '2026-11-24',
        to: '2026-11-30',
        language: 'hi',
        offices: ['wb-asansol'],
      }),
    );
  });
});
