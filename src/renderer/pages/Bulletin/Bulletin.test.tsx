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
    const day = screen.getByLabelText(/দিন/);
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
});
