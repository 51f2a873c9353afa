import {
  Alert,
  Button,
  CloseButton,
  FileButton,
  Group,
  Paper,
  Pill,
  Stack,
  Switch,
  Text,
  Textarea,
} from '@mantine/core';
import {
  memo,
  useEffect,
  useId,
  useRef,
  useState,
  type ClipboardEvent,
  type DragEvent,
  type KeyboardEvent,
} from 'react';
import type { InputOf } from '../../../shared/api/contract';
import type { LogEntryView, OfficeView } from '../../../shared/api/views';
import type { LogCategory } from '../../../shared/domain/enums';
import { useClient } from '../../api/ClientProvider';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';
import { mentionOptionLabel } from '../../format/caseTitle';
import { useI18n } from '../../i18n/I18nProvider';
import classes from './ComposeBox.module.css';
import {
  categoryOfKey,
  categoryPrefix,
  insertMention,
  mentionAt,
  mentionsKept,
  mentionToken,
  vehiclesIn,
  type PickedMention,
} from './composeText';
import { CategoryPicker } from './CategoryPicker';
import { MentionList } from './MentionList';
import {
  emptyRequestDraft,
  RequestFields,
  requestPayload,
  type RequestDraft,
} from './RequestFields';
import { PhotoChip } from './PhotoChip';
import { useComposePhotos } from './useComposePhotos';
import { useMentionSuggestions } from './useMentionSuggestions';

export interface ReplyTarget {
  id: string;
  office: string;
  text: string;
}

export interface ComposeBoxProps {
  /** Set while answering an entry: the post goes under it. */
  replyTo?: ReplyTarget | undefined;
  onCancelReply?: () => void;
  /** The entry as core stored it, to show at once. */
  onPosted: (entry: LogEntryView) => void;
  /** Offices an entry may be addressed to (this office left out). */
  offices?: readonly OfficeView[];
  /** The clock, for "due later than now" (tests fix it). */
  now?: () => number;
}

interface Draft {
  text: string;
  category: LogCategory;
  urgent: boolean;
  mentions: PickedMention[];
  request: RequestDraft;
}

/** The text box's id, so the page can focus it (N). */
export const composeInputId = 'log-compose-input';

/** The default list of offices, one array so the memoised box is not drawn again for it. */
const noOffices: readonly OfficeView[] = [];

const emptyDraft: Draft = {
  text: '',
  category: 'incident',
  urgent: false,
  mentions: [],
  request: emptyRequestDraft,
};

/**
 * The chat-quick compose box: Alt+1…8 (or `/3 `) picks the category, `#` and `@` mention a
 * case or suspect, registration numbers are found in the text, photos are pasted or dropped,
 * Enter posts and Shift+Enter starts a new line.
 */
export const ComposeBox = memo(function ComposeBox({
  replyTo,
  onCancelReply,
  onPosted,
  offices = noOffices,
  now = Date.now,
}: ComposeBoxProps) {
  const { t, language } = useI18n();
  const client = useClient();
  const listId = useId();
  const hintId = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [caret, setCaret] = useState(0);
  const [dismissed, setDismissed] = useState<number | undefined>(undefined);
  const [postError, setPostError] = useState<unknown>(undefined);
  const [dueError, setDueError] = useState(false);
  const [replyId, setReplyId] = useState<string | undefined>(undefined);
  const photos = useComposePhotos();

  // Entering reply mode makes the entry a reply (still changeable) and focuses the box.
  if ((replyTo?.id ?? undefined) !== replyId) {
    setReplyId(replyTo?.id);
    setDraft((current) => ({
      ...current,
      category: replyTo ? 'reply' : current.category === 'reply' ? 'incident' : current.category,
    }));
  }
  useEffect(() => {
    if (replyTo) input.current?.focus();
  }, [replyTo]);

  const typed = mentionAt(draft.text, caret);
  const token = typed && typed.start !== dismissed ? typed : undefined;
  const suggestions = useMentionSuggestions(token);
  const listOpen = Boolean(token && suggestions.options);
  const vehicles = vehiclesIn(draft.text);
  const mentions = mentionsKept(draft.text, draft.mentions);

  function setText(text: string, nextCaret: number) {
    const prefix = categoryPrefix(text);
    if (prefix) {
      const removed = text.length - prefix.rest.length;
      setDraft((current) => ({ ...current, text: prefix.rest, category: prefix.category }));
      setCaret(Math.max(0, nextCaret - removed));
      return;
    }
    setDraft((current) => ({ ...current, text }));
    setCaret(nextCaret);
  }

  function pick(index: number) {
    const option = suggestions.options?.[index];
    if (!token || !option) return;
    const label = mentionOptionLabel(t, language, option);
    const inserted = mentionToken(option.kind, label);
    const next = insertMention(draft.text, token, caret, inserted);
    setDraft((current) => ({
      ...current,
      text: next.text,
      mentions: [...current.mentions, { kind: option.kind, id: option.id, label, token: inserted }],
    }));
    setCaret(next.caret);
    requestAnimationFrame(() => input.current?.setSelectionRange(next.caret, next.caret));
  }

  const pickRef = useRef(pick);
  useEffect(() => {
    pickRef.current = pick;
  });
  const pickWhenFresh = useRef(false);
  useEffect(() => {
    if (!pickWhenFresh.current || !suggestions.fresh) return;
    pickWhenFresh.current = false;
    pickRef.current(suggestions.active);
  }, [suggestions.fresh, suggestions.active]);

  async function post() {
    const text = draft.text.trim();
    if (text === '' || photos.adding > 0) return;
    const sent = draft;
    const request = requestPayload(sent.request, sent.category, now());
    setDueError(request === 'badDue');
    if (request === 'badDue') return;
    const sentPhotos = photos.take();
    const payload: InputOf<'log.post'> = {
      category: sent.category,
      text,
      urgent: sent.category === 'lookout' && sent.urgent,
      replyTo: replyTo?.id ?? null,
      caseIds: mentions.filter((m) => m.kind === 'case').map((m) => m.id),
      suspectIds: mentions.filter((m) => m.kind === 'suspect').map((m) => m.id),
      vehicles,
      photos: sentPhotos.map((photo) => photo.hash),
      ...request,
    };
    setDraft({ ...emptyDraft, category: sent.category === 'reply' ? 'incident' : sent.category });
    setCaret(0);
    setPostError(undefined);
    try {
      onPosted(await client.call('log.post', payload));
    } catch (error) {
      // Nothing typed is lost: the draft comes back with the reason it was not posted.
      setDraft(sent);
      photos.restore(sentPhotos);
      setPostError(error);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.nativeEvent.isComposing) return;
    const options = suggestions.options ?? [];
    if (listOpen && options.length > 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      suggestions.setActive((suggestions.active + step + options.length) % options.length);
      return;
    }
    const picking = (event.key === 'Enter' && !event.shiftKey) || (event.key === 'Tab' && listOpen);
    if (token && picking && !(suggestions.fresh && options.length === 0)) {
      event.preventDefault();
      // Typed faster than the search answers: pick once the answer for what is typed is in.
      if (suggestions.fresh) pick(suggestions.active);
      else pickWhenFresh.current = true;
      return;
    }
    if (event.key === 'Escape' && (listOpen || replyTo)) {
      event.preventDefault();
      if (listOpen) setDismissed(token?.start);
      else onCancelReply?.();
      return;
    }
    if (event.altKey && !event.ctrlKey && !event.metaKey) {
      const category = categoryOfKey(event.code);
      if (category) {
        event.preventDefault();
        setDraft((current) => ({ ...current, category }));
        return;
      }
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void post();
    }
  }

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const files = [...event.clipboardData.files];
    if (files.some((file) => file.type.startsWith('image/'))) {
      event.preventDefault();
      photos.add(files);
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    event.preventDefault();
    photos.add(files);
  }

  const chips = [
    ...mentions.map((mention) => (
      <Pill key={`${mention.kind}:${mention.id}`} className={classes[mention.kind]}>
        {mention.token}
      </Pill>
    )),
    ...vehicles.map((vehicle) => (
      <Pill key={vehicle} className={classes.vehicle} title={t('log.vehicle')}>
        {vehicle}
      </Pill>
    )),
    ...photos.photos.map((photo, index) => (
      <PhotoChip
        key={photo.hash}
        photo={photo}
        number={index + 1}
        onRemove={() => photos.remove(photo.hash)}
      />
    )),
  ];

  const photoError =
    photos.error === 'tooMany' ? (
      <Alert color="red" variant="light" role="alert">
        {t('log.compose.tooManyPhotos')}
      </Alert>
    ) : photos.error ? (
      <ErrorAlert error={photos.error} />
    ) : null;

  return (
    <Paper
      withBorder
      p="sm"
      className={classes.box}
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDrop}
      role="group"
      aria-label={t('log.compose.label')}
    >
      <Stack gap="xs">
        {replyTo ? (
          <Group gap="xs" wrap="nowrap" className={classes.reply}>
            <Text size="sm" truncate="end" className={classes.grow}>
              {t('log.compose.replyingTo', { office: replyTo.office, text: replyTo.text })}
            </Text>
            <CloseButton
              size="sm"
              aria-label={t('log.compose.cancelReply')}
              onClick={onCancelReply}
            />
          </Group>
        ) : null}
        <Group gap="sm" justify="space-between" wrap="wrap">
          <CategoryPicker
            value={draft.category}
            onChange={(category) => setDraft((current) => ({ ...current, category }))}
          />
          {draft.category === 'lookout' ? (
            <Switch
              color="red"
              label={t('log.compose.urgent')}
              checked={draft.urgent}
              onChange={(event) => {
                const urgent = event.currentTarget.checked;
                setDraft((current) => ({ ...current, urgent }));
              }}
            />
          ) : null}
        </Group>
        <RequestFields
          category={draft.category}
          value={draft.request}
          onChange={(request) => setDraft((current) => ({ ...current, request }))}
          offices={offices}
          dueError={dueError ? t('records.form.badDue') : undefined}
        />
        <div className={classes.inputWrap}>
          <Textarea
            ref={input}
            id={composeInputId}
            label={t('log.compose.label')}
            labelProps={{ className: classes.hiddenLabel }}
            placeholder={t('log.compose.placeholder')}
            // One to six lines, grown by the browser (CSS field-sizing) rather than measured in
            // script: Mantine's autosize forced a layout of the whole page each time it drew.
            rows={1}
            classNames={{ input: classes.growing }}
            value={draft.text}
            onChange={(event) =>
              setText(event.currentTarget.value, event.currentTarget.selectionStart)
            }
            onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
            aria-autocomplete="list"
            // A textarea cannot be a combobox, so no aria-expanded: the open list is named by
            // aria-controls and its active option by aria-activedescendant.
            aria-controls={listOpen ? listId : undefined}
            aria-activedescendant={
              listOpen && suggestions.options?.length
                ? `${listId}-${suggestions.active}`
                : undefined
            }
            aria-describedby={hintId}
          />
          {listOpen && token ? (
            <MentionList
              id={listId}
              options={suggestions.options ?? []}
              active={suggestions.active}
              onPick={pick}
              onHover={suggestions.setActive}
            />
          ) : null}
        </div>
        {chips.length > 0 || photos.adding > 0 ? (
          <Group gap="xs" wrap="wrap">
            {chips}
            {photos.adding > 0 ? (
              <Text size="sm" c="dimmed" role="status">
                {t('log.compose.addingPhoto')}
              </Text>
            ) : null}
          </Group>
        ) : null}
        <Group gap="sm" justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed" id={hintId}>
            {t('log.compose.hint')}
          </Text>
          <Group gap="sm" wrap="nowrap">
            <FileButton onChange={photos.add} accept="image/jpeg,image/png,image/webp" multiple>
              {(props) => (
                <Button variant="default" size="sm" {...props}>
                  {t('log.compose.attach')}
                </Button>
              )}
            </FileButton>
            <Button
              size="sm"
              onClick={() => void post()}
              disabled={draft.text.trim() === '' || photos.adding > 0}
            >
              {t('log.compose.post')}
            </Button>
          </Group>
        </Group>
        {photoError}
        {postError ? <ErrorAlert error={postError} /> : null}
      </Stack>
    </Paper>
  );
});
