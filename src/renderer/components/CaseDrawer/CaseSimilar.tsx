import { Anchor, Badge, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { SimilarCase } from '../../../shared/api/searchContract';
import { useClient } from '../../api/ClientProvider';
import { useLoader } from '../../api/useLoader';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';
import { formatDate } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';

/**
 * "Similar cases elsewhere": other offices' cases with a close crime head, MO, weapon or
 * vehicle near in time, each with its reasons, found by the same index as search. Each can be
 * linked as "same gang suspected", a link both offices see (`sameGang`: the cases linked so).
 */
export function CaseSimilar({
  caseId,
  officeLabel,
  sameGang = [],
  onChanged = () => undefined,
}: {
  caseId: string;
  officeLabel: (officeId: string) => string;
  sameGang?: string[];
  onChanged?: () => void;
}) {
  const { language, t } = useI18n();
  const client = useClient();
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const toggleGang = async (otherId: string, linked: boolean) => {
    setBusy(otherId);
    setFailure(undefined);
    const link = { kind: 'case_case', fromId: caseId, toId: otherId, role: 'same_gang' } as const;
    try {
      await client.call(linked ? 'links.remove' : 'links.add', link);
      onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(undefined);
    }
  };
  const similar = useLoader<SimilarCase[]>(
    (api) => api.call('search.similarCases', { id: caseId }),
    caseId,
    { refreshOn: ['case'] },
  );
  if (similar.data === undefined)
    return <Loader size="xs" aria-label={t('search.similarCases.loading')} />;
  if (similar.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('search.similarCases.none')}
      </Text>
    );
  return (
    <Stack gap={6} data-testid="similar-cases">
      {similar.data.map((found) => (
        <div key={found.id}>
          <Group gap="xs" wrap="nowrap">
            <Anchor href={`#/board?case=${found.id}`} size="sm" fw={600}>
              {found.title}
            </Anchor>
            <Text size="xs">{found.crimeHead}</Text>
            <Text size="xs" c="dimmed">
              {formatDate(found.occurredAt, language)} · {officeLabel(found.officeId)}
            </Text>
            <Badge variant="light" size="xs">
              {t('search.score', { score: Math.round(found.score * 100) })}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {found.reasons
              .map((reason) => t(`search.similarCases.reason.${reason}` as MessageKey))
              .join(', ')}
          </Text>
          <Group gap="xs">
            {sameGang.includes(found.id) ? (
              <Badge size="sm" color="red" variant="light" data-testid="same-gang">
                {t('gang.linked')}
              </Badge>
            ) : null}
            <Button
              size="compact-xs"
              variant={sameGang.includes(found.id) ? 'subtle' : 'light'}
              loading={busy === found.id}
              onClick={() => void toggleGang(found.id, sameGang.includes(found.id))}
            >
              {sameGang.includes(found.id) ? t('gang.unlink') : t('gang.link')}
            </Button>
          </Group>
        </div>
      ))}
      {failure ? <ErrorAlert error={failure} /> : null}
    </Stack>
  );
}
