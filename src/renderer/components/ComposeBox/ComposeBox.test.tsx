import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { InputOf } from '../../../shared/api/contract';
import type { LogEntryView, MentionOption } from '../../../shared/api/views';
import { createFakeClient, failWith, type FakeHandlers } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { ComposeBox } from './ComposeBox';

const hashA = 'a'.repeat(64);

/** A core that stores posts and answers mention searches from a small list. */
function composeClient(extra: FakeHandlers = {}) {
  const options: MentionOption[] = [
    { id: 'c12', kind: 'case', label: 'FIR 12/2025 · Nirsa · Theft' },
    { id: 'c13', kind: 'case', label: 'FIR 13/2025 · Nirsa · Robbery' },
    { id: 's1', kind: 'suspect', label: 'Ram Kumar (s/o Shyam)' },
  ];
  return createFakeClient({
    'mentions.search': ({ kind, query }) =>
      options.filter((o) => o.kind === kind && o.label.toLowerCase().includes(query.toLowerCase())),
    'log.post': (input): LogEntryView => ({
      id: 'new',
      officeId: 'dhanbad',
      operatorName: 'Ravi',
      at: Date.now(),
      category: input.category,
      text: input.text,
      urgent: input.urgent,
      replyTo: input.replyTo,
      caseIds: input.caseIds,
      suspectIds: input.suspectIds,
      vehicles: input.vehicles ?? [],
      photos: input.photos,
      acks: [],
      replyCount: 0,
      addressedTo: [],
      memoNumber: '',
      dueAt: null,
      closes: [],
      repliedBy: [],
      incomingOperator: '',
    }),
    ...extra,
  });
}

function setup(extra: FakeHandlers = {}) {
  const client = composeClient(extra);
  const onPosted = vi.fn();
  renderWithProviders(<ComposeBox onPosted={onPosted} />, { client });
  const box = screen.getByRole('textbox', { name: 'New entry' });
  const posts = () =>
    client.calls
      .filter((call) => call.method === 'log.post')
      .map((call) => call.input as InputOf<'log.post'>);
  return { client, onPosted, box, posts, user: userEvent.setup() };
}

describe('ComposeBox', () => {
  it('posts on Enter with the category picked by Alt+digit, and clears the box', async () => {
    const { box, posts, onPosted, user } = setup();
    await user.click(box);
    await user.keyboard('{Alt>}3{/Alt}');
    expect(
      screen.getByRole('radio', { name: /Request for help/ }).getAttribute('aria-checked'),
    ).toBe('true');
    await user.type(box, 'Please verify JH 10 ab 1234{Enter}');
    await waitFor(() => expect(onPosted).toHaveBeenCalledTimes(1));
    expect(posts()).toEqual([
      expect.objectContaining({
        category: 'request',
        text: 'Please verify JH 10 ab 1234',
        urgent: false,
        replyTo: null,
        vehicles: ['JH-10-AB-1234'],
      }),
    ]);
    expect((box as HTMLTextAreaElement).value).toBe('');
  });

  it('starts a new line on Shift+Enter without posting', async () => {
    const { box, posts, user } = setup();
    await user.type(box, 'first line{Shift>}{Enter}{/Shift}second line');
    expect((box as HTMLTextAreaElement).value).toBe('first line\nsecond line');
    expect(posts()).toEqual([]);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]?.text).toBe('first line\nsecond line');
  });

  it('takes a /2 prefix as a lookout and sends the urgent toggle only for lookouts', async () => {
    const { box, posts, user } = setup();
    await user.type(box, '/2 Bike thief near Barakar');
    expect((box as HTMLTextAreaElement).value).toBe('Bike thief near Barakar');
    await user.click(screen.getByRole('switch', { name: /Urgent/ }));
    await user.click(box);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]).toMatchObject({ category: 'lookout', urgent: true });
    expect(screen.getByRole('switch', { name: /Urgent/ })).toBeTruthy();
  });

  it('completes # and @ mentions with the arrow keys and Enter, and sends their ids', async () => {
    const { box, posts, user } = setup();
    await user.type(box, 'Seen #1');
    const list = await screen.findByRole('listbox');
    await waitFor(() => expect(list.querySelectorAll('[role="option"]')).toHaveLength(2));
    await user.keyboard('{ArrowDown}{Enter}');
    expect((box as HTMLTextAreaElement).value).toBe('Seen #FIR 13/2025 ');
    expect(posts()).toEqual([]);

    await user.type(box, 'with @ram');
    await screen.findByRole('option', { name: /Ram Kumar/ });
    await user.keyboard('{Enter}');
    expect((box as HTMLTextAreaElement).value).toBe('Seen #FIR 13/2025 with @Ram Kumar ');
    expect(screen.queryByRole('listbox')).toBeNull();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]).toMatchObject({ caseIds: ['c13'], suspectIds: ['s1'] });
  });

  it('drops a mention whose words were deleted before posting', async () => {
    const { box, posts, user } = setup();
    await user.type(box, '@ram');
    await screen.findByRole('option', { name: /Ram Kumar/ });
    await user.keyboard('{Enter}');
    await user.clear(box);
    await user.type(box, 'no one named{Enter}');
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]?.suspectIds).toEqual([]);
  });

  it('shows the translated reason when a pasted photo is refused, and posts without it', async () => {
    const { box, posts, user } = setup({ 'photos.add': failWith('IMAGE_REJECTED') });
    const file = new File(['<svg/>'], 'x.svg', { type: 'image/svg+xml' });
    fireEvent.paste(box, { clipboardData: { files: [file] } });
    expect(
      await screen.findByText(
        'The picture was refused: only JPEG, PNG or WebP photos of a sensible size.',
      ),
    ).toBeTruthy();
    await user.type(box, 'text{Enter}');
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]?.photos).toEqual([]);
  });

  it('sends the hash of a dropped photo, shown as a chip until posted', async () => {
    const { box, posts, user } = setup({
      'photos.add': () => ({
        hash: hashA,
        dataUrl: 'data:image/jpeg;base64,AA',
        width: 1,
        height: 1,
      }),
    });
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'p.jpg', { type: 'image/jpeg' });
    fireEvent.drop(screen.getByRole('group', { name: 'New entry' }), {
      dataTransfer: { files: [file] },
    });
    expect(await screen.findByRole('button', { name: 'Remove Photo 1 of the entry' })).toBeTruthy();
    await user.type(box, 'Photo of the suspect{Enter}');
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]?.photos).toEqual([hashA]);
    expect(screen.queryByRole('button', { name: 'Remove Photo 1 of the entry' })).toBeNull();
  });

  it('gives the draft back with the reason when the post fails', async () => {
    const { box, user } = setup({ 'log.post': failWith('LOCKED') });
    await user.type(box, 'Will not go{Enter}');
    expect(await screen.findByText('The database is locked: unlock it first.')).toBeTruthy();
    expect((box as HTMLTextAreaElement).value).toBe('Will not go');
  });

  it('answers the entry in reply mode as a reply under it', async () => {
    const client = composeClient();
    renderWithProviders(
      <ComposeBox
        onPosted={() => undefined}
        replyTo={{ id: 'q1', office: 'Asansol', text: 'Verify?' }}
      />,
      { client },
    );
    const user = userEvent.setup();
    expect(screen.getByText('Replying to Asansol: Verify?')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'New entry' }), 'Verified{Enter}');
    await waitFor(() =>
      expect(client.calls.find((c) => c.method === 'log.post')?.input).toMatchObject({
        category: 'reply',
        replyTo: 'q1',
      }),
    );
  });

  it('leaves reply mode on Escape', async () => {
    const onCancelReply = vi.fn();
    renderWithProviders(
      <ComposeBox
        onPosted={() => undefined}
        onCancelReply={onCancelReply}
        replyTo={{ id: 'q1', office: 'Asansol', text: 'Verify?' }}
      />,
      { client: composeClient() },
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'New entry' }), 'x{Escape}');
    expect(onCancelReply).toHaveBeenCalledTimes(1);
  });

  it('picks the match once the search answers when Enter comes first', async () => {
    const { box, posts, user } = setup();
    await user.type(box, 'Seen #13{Enter}');
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toBe('Seen #FIR 13/2025 '));
    expect(posts()).toEqual([]);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]?.caseIds).toEqual(['c13']);
  });

  it('posts a # that matches nothing as plain text', async () => {
    const { box, posts, user } = setup();
    await user.type(box, 'Meet at gate #9');
    expect(await screen.findByText(/No match/)).toBeTruthy();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]).toMatchObject({ text: 'Meet at gate #9', caseIds: [] });
  });
});

describe('ComposeBox request fields', () => {
  const now = Date.UTC(2025, 10, 29, 6, 30); // 29/11/2025 12:00 IST
  const asansol = {
    id: 'wb-adpc',
    nameEn: 'Asansol-Durgapur Police Commissionerate',
    nameHi: 'आसनसोल-दुर्गापुर पुलिस कमिश्नरेट',
    nameBn: 'আসানসোল-দুর্গাপুর পুলিশ কমিশনারেট',
    state: 'West Bengal',
    district: 'Paschim Bardhaman',
    policeStations: ['Kulti'],
  };

  function setupRequest() {
    const client = composeClient();
    const onPosted = vi.fn();
    renderWithProviders(<ComposeBox onPosted={onPosted} offices={[asansol]} now={() => now} />, {
      client,
    });
    const posts = () =>
      client.calls
        .filter((call) => call.method === 'log.post')
        .map((call) => call.input as InputOf<'log.post'>);
    return { onPosted, posts, user: userEvent.setup() };
  }

  it('addresses a request to an office with its memo number and due time', async () => {
    const { onPosted, posts, user } = setupRequest();
    await user.click(screen.getByRole('radio', { name: /Request for help/ }));
    const to = screen
      .getAllByLabelText('To offices')
      .find((element) => element instanceof HTMLInputElement && element.type !== 'hidden');
    if (!to) throw new Error('no "To offices" field');
    await user.click(to);
    await user.click(await screen.findByRole('option', { name: asansol.nameEn }));
    await user.type(screen.getByRole('textbox', { name: 'Memo / radiogram no.' }), 'Memo 412/CR');
    const due = screen.getByRole('textbox', { name: 'Answer due by (date and time)' });
    await user.type(due, '29/11/2025 18:00');
    await user.tab();
    await user.type(
      screen.getByRole('textbox', { name: 'New entry' }),
      'Verify the address{Enter}',
    );
    await waitFor(() => expect(onPosted).toHaveBeenCalledTimes(1));
    expect(posts()[0]).toMatchObject({
      category: 'request',
      addressedTo: ['wb-adpc'],
      memoNumber: 'Memo 412/CR',
      dueAt: Date.UTC(2025, 10, 29, 12, 30),
    });
  });

  it('refuses a due time already past, keeping the draft and sending nothing', async () => {
    const { posts, user } = setupRequest();
    await user.click(screen.getByRole('radio', { name: /Request for help/ }));
    await user.type(
      screen.getByRole('textbox', { name: 'Answer due by (date and time)' }),
      '29/11/2025 09:00',
    );
    await user.tab();
    const box = screen.getByRole('textbox', { name: 'New entry' });
    await user.type(box, 'Verify the address{Enter}');
    expect(await screen.findByText('The due time must be later than now.')).toBeTruthy();
    expect((box as HTMLTextAreaElement).value).toBe('Verify the address');
    expect(posts()).toEqual([]);
  });
});
