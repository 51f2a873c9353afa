import { Anchor, Badge, Group, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/api/searchContract';
import { useClient } from '../../api/ClientProvider';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import classes from './SearchBox.module.css';
import { groupHits, highlightPieces, hrefOfHit, hrefOfRecord } from './searchGroups';

/** Text with its matched ranges in <mark>. */
function Highlighted({ text, ranges }: { text: string; ranges: Array<[number, number]> }) {
  return (
    <>
      {highlightPieces(text, ranges).map((piece, index) =>
        piece.marked ? (
          <mark key={index}>{piece.text}</mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </>
  );
}

export interface SearchBoxProps {
  opened: boolean;
  onClose: () => void;
}

/**
 * The one search box (Ctrl+K): names in any script, vehicles, phones and free text, ranked,
 * grouped by kind with the matched part highlighted and the reasons given; ↑/↓ move, Enter opens.
 */
export function SearchBox({ opened, onClose }: SearchBoxProps) {
  const client = useClient();
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[] | undefined>([]);
  const [active, setActive] = useState(0);
  const asked = useRef(0);

  useEffect(() => {
    if (!opened) return;
    const query = text;
    const turn = ++asked.current;
    if (query.trim() === '') {
      setHits([]);
      return;
    }
    setHits(undefined);
    const timer = setTimeout(() => {
      client
        .call('search.query', { text: query, limit: 40 })
        .then((found) => {
          if (turn === asked.current) {
            setHits(found);
            setActive(0);
          }
        })
        .catch(() => {
          if (turn === asked.current) setHits([]);
        });
    }, 150);
    return () => clearTimeout(timer);
  }, [client, opened, text]);

  const groups = useMemo(() => groupHits(hits ?? []), [hits]);
  // A broad query's words were ranked among the newest matches only: say so.
  const newestOf = hits?.find((hit) => hit.newestOf !== undefined)?.newestOf;
  const ordered = useMemo(() => groups.flatMap((group) => group.hits), [groups]);

  function open(hit: SearchHit | undefined) {
    const href = hit ? hrefOfHit(hit) : undefined;
    if (!href) return;
    window.location.hash = href;
    onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((index) => Math.min(ordered.length - 1, index + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(ordered[active]);
    }
  }

  const activeId = ordered[active] ? `search-hit-${active}` : undefined;
  let position = -1;
  return (
    <Modal opened={opened} onClose={onClose} title={t('search.title')} size="xl">
      <Stack gap="xs">
        <TextInput
          data-autofocus
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          placeholder={t('search.placeholder')}
          aria-label={t('search.placeholder')}
          role="combobox"
          aria-expanded={ordered.length > 0}
          aria-controls="search-results"
          aria-activedescendant={activeId}
          data-testid="search-input"
        />
        <Text size="xs" c="dimmed">
          {t('search.hint')}
        </Text>
        {hits === undefined ? <Loader size="sm" aria-label={t('search.searching')} /> : null}
        {hits !== undefined && hits.length === 0 && text.trim() !== '' ? (
          <Text size="sm">{t('search.none')}</Text>
        ) : null}
        {newestOf !== undefined ? (
          <Text size="xs" c="dimmed" data-testid="search-newest">
            {t('search.newestOf', { count: newestOf })}
          </Text>
        ) : null}
        <div id="search-results" role="listbox" aria-label={t('search.results')}>
          {groups.map((group) => (
            <div key={group.kind} role="group" aria-labelledby={`search-group-${group.kind}`}>
              <Text fw={700} size="sm" mt="xs" id={`search-group-${group.kind}`}>
                {t(`search.kind.${group.kind}` as MessageKey)}
              </Text>
              {group.hits.map((hit) => {
                position += 1;
                const index = position;
                return (
                  <div
                    key={`${hit.kind}|${hit.id}`}
                    id={`search-hit-${index}`}
                    role="option"
                    aria-selected={index === active}
                    className={classes.hit}
                    data-active={index === active || undefined}
                    data-testid="search-hit"
                    onMouseEnter={() => setActive(index)}
                    onClick={() => open(hit)}
                  >
                    <Group justify="space-between" wrap="nowrap" gap="xs">
                      <Text size="sm" fw={600} lang="und">
                        <Highlighted text={hit.title} ranges={hit.titleRanges} />
                      </Text>
                      <Badge variant="light" size="sm">
                        {t('search.score', { score: Math.round(hit.score * 100) })}
                      </Badge>
                    </Group>
                    {hit.snippet !== '' && hit.records.length === 0 ? (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        <Highlighted text={hit.snippet} ranges={hit.snippetRanges} />
                      </Text>
                    ) : null}
                    {hit.records.length > 0 ? (
                      <Text size="xs">
                        {t('search.seenOn', { records: '' })}
                        {hit.records.slice(0, 5).map((record) => (
                          <Anchor
                            key={record.id}
                            href={hrefOfRecord(record)}
                            size="xs"
                            mr="xs"
                            onClick={onClose}
                          >
                            {record.title}
                          </Anchor>
                        ))}
                      </Text>
                    ) : null}
                    <Text size="xs" c="dimmed" data-testid="search-reasons">
                      {hit.reasons
                        .map((reason) => t(`search.reason.${reason}` as MessageKey))
                        .join(', ')}
                    </Text>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      </Stack>
    </Modal>
  );
}
