import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TaskView } from '../../../shared/api/meetingContract';
import type { LogEntryView } from '../../../shared/api/views';
import { createFakeClient } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { OpenTasks } from './OpenTasks';

const asansol = {
  id: 'wb-asansol',
  nameEn: 'Asansol-Durgapur Police Commissionerate',
  nameHi: 'आसनसोल-दुर्गापुर पुलिस कमिश्नरेट',
  nameBn: 'আসানসোল-দুর্গাপুর পুলিশ কমিশনারেট',
  state: '',
  district: '',
  policeStations: [],
};
const task: TaskView = {
  entry: { id: 'jh-dhanbad:t1', text: 'Verify the address in Kulti' } as LogEntryView,
  owner: 'wb-asansol',
  dueAt: Date.UTC(2026, 11, 3, 6),
  done: false,
  mayClose: true,
};

describe('OpenTasks', () => {
  it('names the owner office in the operator’s language, not by its id', async () => {
    const client = createFakeClient({
      'tasks.open': () => [task],
      'offices.list': () => [asansol],
    });
    renderWithProviders(<OpenTasks />, { client, language: 'bn' });
    await userEvent.hover(await screen.findByTestId('open-tasks'));
    await waitFor(() =>
      expect(screen.getByText(/Verify the address in Kulti/).textContent).toContain(
        'আসানসোল-দুর্গাপুর পুলিশ কমিশনারেট',
      ),
    );
    expect(screen.getByText(/Verify the address in Kulti/).textContent).not.toContain('wb-asansol');
  });
});
