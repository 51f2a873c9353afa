import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createFakeClient } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { SavePdf } from './SavePdf';

describe('SavePdf', () => {
  it('in the app, says where main saved it and does not print', async () => {
    const print = vi.fn();
    const save = vi.fn(async () => ({ dialog: true, file: 'bulletin.pdf' }));
    renderWithProviders(<SavePdf disabled={false} save={save} print={print} />, {
      client: createFakeClient({}),
      language: 'bn',
    });
    await userEvent.click(screen.getByRole('button', { name: 'PDF হিসেবে সংরক্ষণ করুন' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'bulletin.pdf হিসেবে সংরক্ষিত',
    );
    expect(save).toHaveBeenCalledTimes(1);
    expect(print).not.toHaveBeenCalled();
  });

  it('without a save dialog (the harness), opens the print dialog instead', async () => {
    const print = vi.fn();
    renderWithProviders(
      <SavePdf disabled={false} save={async () => ({ dialog: false, file: null })} print={print} />,
      { client: createFakeClient({}), language: 'hi' },
    );
    await userEvent.click(screen.getByRole('button', { name: 'PDF के रूप में सहेजें' }));
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
