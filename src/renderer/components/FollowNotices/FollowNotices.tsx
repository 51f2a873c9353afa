import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { FollowNotice } from '../../../shared/api/dossierContract';
import { useClient } from '../../api/ClientProvider';
import { useCall } from '../../api/useLoader';
import { formatDateTime } from '../../format/dateTime';
import { useOfficeLabel } from '../../format/useOfficeLabel';
import { useI18n } from '../../i18n/I18nProvider';
import { galleryHref } from '../../routing/galleryQuery';

const watched = ['suspect', 'note', 'link', 'log'] as const;

/**
 * The header's notices of followed dossiers: a count of unread changes (from this office's
 * other operators or any office, received by sync), announced to screen readers as it grows,
 * and the list of them, each opening its dossier.
 */
export function FollowNotices() {
  const { t, language } = useI18n();
  const client = useClient();
  const officeLabel = useOfficeLabel();
  const notices = useCall('follow.notices', { limit: 30 }, { refreshOn: watched });
  const [opened, setOpened] = useState(false);
  const [announced, setAnnounced] = useState('');
  const lastUnread = useRef<number | undefined>(undefined);
  const unread = notices.data?.unread ?? 0;
  useEffect(() => {
    if (notices.data === undefined) return;
    if (lastUnread.current !== undefined && unread > lastUnread.current)
      setAnnounced(t('follow.announce', { count: unread }));
    lastUnread.current = unread;
  }, [notices.data, unread, t]);

  const what = (notice: FollowNotice) => {
    const office = officeLabel(notice.officeId);
    const key =
      notice.entity === 'note'
        ? 'follow.what.note'
        : notice.entity === 'link'
          ? 'follow.what.link'
          : notice.entity === 'log'
            ? 'follow.what.log'
            : 'follow.what.suspect';
    return t(key, { office });
  };
  const markRead = async () => {
    const newest = notices.data?.notices[0]?.id ?? 0;
    await client.call('follow.markRead', { upTo: newest });
    notices.reload();
  };

  return (
    <>
      <Indicator label={unread} size={18} disabled={unread === 0} color="red">
        <Popover opened={opened} onChange={setOpened} position="bottom-end" width={380} shadow="md">
          <Popover.Target>
            <ActionIcon
              variant="light"
              size="lg"
              onClick={() => setOpened((open) => !open)}
              aria-label={`${t('follow.bell')}${unread > 0 ? ` (${t('follow.unread', { count: unread })})` : ''}`}
              data-testid="follow-notices"
            >
              <svg
                aria-hidden
                width="18"
                height="18"
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
              >
                <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
                <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
              </svg>
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap="xs">
              <Group justify="space-between">
                <Text fw={700}>{t('follow.title')}</Text>
                {unread > 0 ? (
                  <Button size="xs" variant="subtle" onClick={() => void markRead()}>
                    {t('follow.markRead')}
                  </Button>
                ) : null}
              </Group>
              {notices.data && notices.data.notices.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('follow.none')}
                </Text>
              ) : null}
              <ScrollArea.Autosize mah={360}>
                <Stack gap={6} data-testid="follow-notice-list">
                  {(notices.data?.notices ?? []).map((notice) => (
                    <div key={notice.id} data-testid="follow-notice">
                      <Group gap="xs" wrap="nowrap">
                        {!notice.read ? (
                          <Badge size="xs" color="red" variant="filled">
                            {t('follow.unread', { count: 1 })}
                          </Badge>
                        ) : null}
                        <Anchor
                          href={galleryHref({ filter: {}, suspectId: notice.suspectId })}
                          size="sm"
                          fw={600}
                          onClick={() => setOpened(false)}
                        >
                          {notice.suspectName || notice.suspectId}
                        </Anchor>
                      </Group>
                      <Text size="xs">
                        {what(notice)}
                        {notice.fields.length > 0 ? ` (${notice.fields.join(', ')})` : ''}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(notice.at, language)}
                      </Text>
                    </div>
                  ))}
                </Stack>
              </ScrollArea.Autosize>
            </Stack>
          </Popover.Dropdown>
        </Popover>
      </Indicator>
      <VisuallyHidden aria-live="polite">{announced}</VisuallyHidden>
    </>
  );
}
