import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { HitView } from '../../../shared/api/lookoutContract';
import type { OfficeView } from '../../../shared/api/views';
import { hitVerdicts, type HitVerdict } from '../../../shared/domain/lookouts';
import { useClient } from '../../api/ClientProvider';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { formatDateTime } from '../../format/dateTime';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';
import { reasonsText } from '../../format/hitReasons';

export interface HitListProps {
  hits: HitView[];
  offices: OfficeView[] | undefined;
  /** This office: it replies to hits on its own lookouts. */
  officeId: string;
  onReplied: () => void;
}

/** Hits with their reasons and replies; the issuing office answers each one here. */
export function HitList({ hits, offices, officeId, onReplied }: HitListProps) {
  const client = useClient();
  const { t, language } = useI18n();
  const [failure, setFailure] = useState<unknown>(undefined);
  const nameOf = (id: string) => {
    const office = offices?.find((item) => item.id === id);
    return office ? officeName(office, language) : id;
  };
  const reply = (hitId: string, verdict: HitVerdict) => {
    setFailure(undefined);
    client.call('hits.reply', { hitId, verdict, note: '' }).then(onReplied, setFailure);
  };
  if (hits.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('lookouts.hits.empty')}
      </Text>
    );
  return (
    <Stack gap="xs">
      {failure ? <ErrorAlert error={failure} /> : null}
      {hits.map((hit) => (
        <Stack key={hit.id} gap={2} data-testid="hit">
          <Text size="sm" fw={600}>
            {t('lookouts.hit.found', { office: nameOf(hit.officeId), title: hit.matchTitle })} ·{' '}
            {formatDateTime(hit.foundAt, language)}
          </Text>
          <Text size="sm">{t('lookouts.hit.reasons', { reasons: reasonsText(t, hit) })}</Text>
          {hit.reply ? (
            <Badge color="teal" variant="light" data-testid="hit-reply">
              {t('lookouts.replied', { verdict: t(`lookouts.verdict.${hit.reply.verdict}`) })}
            </Badge>
          ) : hit.lookoutOfficeId === officeId ? (
            <Group gap="xs">
              {hitVerdicts.map((verdict) => (
                <Button
                  key={verdict}
                  size="compact-xs"
                  variant="light"
                  onClick={() => reply(hit.id, verdict)}
                >
                  {t(`lookouts.verdict.${verdict}`)}
                </Button>
              ))}
            </Group>
          ) : (
            <Text size="xs" c="dimmed">
              {t('lookouts.hit.awaiting')}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
