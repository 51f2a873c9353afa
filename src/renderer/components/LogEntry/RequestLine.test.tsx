import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LogEntryView } from '../../../shared/api/views';
import { createFakeClient } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { RequestLine } from './RequestLine';

const now = Date.UTC(2025, 10, 29, 12, 0);
const request: LogEntryView = {
  id: 'jh-dhanbad:r1',
  officeId: 'jh-dhanbad',
  operatorName: 'Ravi',
  at: now - 6 * 3_600_000,
  category: 'request',
  text: 'Verify the address',
  urgent: false,
  replyTo: null,
  caseIds: [],
  suspectIds: [],
  vehicles: [],
  photos: [],
  acks: [],
  replyCount: 0,
  addressedTo: ['wb-adpc'],
  memoNumber: 'Memo 412/CR',
  dueAt: now - 3_600_000,
  closes: [],
  repliedBy: [],
  incomingOperator: '',
};
const names: Record<string, string> = { 'wb-adpc': 'आसनसोल-दुर्गापुर पुलिस कमिश्नरेट' };

function renderLine(entry: LogEntryView, officeId: string) {
  const client = createFakeClient({ 'log.close': ({ id }) => ({ id }) });
  renderWithProviders(
    <RequestLine
      entry={entry}
      officeId={officeId}
      officeName={(id) => names[id] ?? id}
      now={() => now}
    />,
    { client, language: 'hi' },
  );
  return client;
}

describe('RequestLine', () => {
  it('names the addressed office, memo and due time, marks an unanswered request overdue, and closes it', async () => {
    const client = renderLine(request, 'wb-adpc');
    const line = screen.getByTestId('request-line');
    expect(line.textContent).toContain('प्रति: आसनसोल-दुर्गापुर पुलिस कमिश्नरेट');
    expect(line.textContent).toContain('ज्ञापन सं. Memo 412/CR');
    expect(screen.getByText('समय-सीमा पार')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'अनुरोध बंद करें' }));
    await waitFor(() =>
      expect(client.calls).toEqual([
        expect.objectContaining({ method: 'log.close', input: { id: request.id } }),
      ]),
    );
  });

  it('is not overdue once the addressed office has replied, and offers no close to a bystander', () => {
    renderLine({ ...request, repliedBy: ['wb-adpc'] }, 'jh-bokaro');
    expect(screen.queryByText('समय-सीमा पार')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
