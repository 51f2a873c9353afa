import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeetingAgenda, TaskView } from '../../../shared/api/meetingContract';
import type { LogEntryView } from '../../../shared/api/views';
import { createFakeClient } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { MeetingPage } from './Meeting.page';

const office = (id: string, nameEn: string, nameBn: string) => ({
  id,
  nameEn,
  nameHi: nameEn,
  nameBn,
  state: '',
  district: '',
  policeStations: [],
});
const offices = [
  office('jh-dhanbad', 'Dhanbad District Police', 'ধানবাদ জেলা পুলিশ'),
  office('wb-asansol', 'Asansol-Durgapur Police Commissionerate', 'আসানসোল-দুর্গাপুর পুলিশ কমিশনারেট'),
];
const agenda: MeetingAgenda = {
  offices: ['jh-dhanbad', 'wb-asansol'],
  lookouts: [],
  wanted: [
    {
      id: 'jh-dhanbad:s1',
      officeId: 'jh-dhanbad',
      name: 'রমেশ মাহাতো',
      status: 'wanted',
      policeStation: 'Nirsa',
      historySheetNumber: '',
      createdAt: 0,
    },
  ],
  unsolvedCases: [],
  newSuspects: [],
  overdueRequests: [],
};

describe('Meeting screen', () => {
  it('draws the agenda for the offices picked, records a minute and a decision as a task', async () => {
    const client = createFakeClient({
      'offices.list': () => offices,
      'meeting.agenda': () => agenda,
      'meeting.minute': () => ({}) as LogEntryView,
      'meeting.decide': (input): TaskView => ({
        entry: { id: 'jh-dhanbad:t1', text: input.text } as LogEntryView,
        owner: input.owner,
        dueAt: input.dueAt,
        done: false,
        mayClose: true,
      }),
      'tasks.done': (input) => input,
    });
    renderWithProviders(<MeetingPage officeId="jh-dhanbad" />, { client, language: 'bn' });
    await userEvent.click(screen.getAllByLabelText('বৈঠকে উপস্থিত দপ্তর')[0]!);
    await userEvent.click(await screen.findByText('আসানসোল-দুর্গাপুর পুলিশ কমিশনারেট'));
    const wanted = await screen.findByTestId('agenda-wanted');
    expect(within(wanted).getByText('রমেশ মাহাতো — Nirsa')).toBeTruthy();
    expect(client.calls.find((call) => call.method === 'meeting.agenda')?.input).toEqual({
      offices: ['wb-asansol'],
    });

    await userEvent.type(screen.getByLabelText(/নতুন বিবরণ/), 'Lists exchanged at Kulti');
    await userEvent.click(screen.getByRole('button', { name: 'খাতায় নথিভুক্ত করুন' }));
    await waitFor(() =>
      expect(client.calls.find((call) => call.method === 'meeting.minute')?.input).toEqual({
        offices: ['wb-asansol'],
        text: 'Lists exchanged at Kulti',
      }),
    );

    await userEvent.type(screen.getByLabelText(/^সিদ্ধান্ত/), 'Verify the address in Kulti');
    await userEvent.type(screen.getByLabelText(/শেষ তারিখ/), '2026-12-05');
    await userEvent.click(screen.getByRole('button', { name: 'কাজ হিসেবে নথিভুক্ত করুন' }));
    const tasks = await screen.findByTestId('meeting-tasks');
    expect(within(tasks).getByText('Verify the address in Kulti')).toBeTruthy();
    expect(client.calls.find((call) => call.method === 'meeting.decide')?.input).toEqual({
      offices: ['wb-asansol'],
      text: 'Verify the address in Kulti',
      owner: 'wb-asansol',
      dueAt: Date.UTC(2026, 11, 5, 18, 30) - 1,
    });
    await userEvent.click(within(tasks).getByRole('button', { name: 'সম্পূর্ণ চিহ্নিত করুন' }));
    expect(await within(tasks).findByText('সম্পূর্ণ')).toBeTruthy();
  });
});
