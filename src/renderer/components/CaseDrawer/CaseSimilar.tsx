import { Anchor, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import type { SimilarCase } from '../../../shared/api/searchContract';
import { useLoader } from '../../api/useLoader';
import { formatDate } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';

/**
 * "Similar cases elsewhere": other offices' cases with a close crime head, MO, weapon or
 * vehicle near in time, each with its reasons, found by the same index as search.
 */
export function CaseSimilar({
  caseId,
  officeLabel,
}: {
  caseId: string;
  officeLabel: (officeId: string) => string;
}) {
  const { language, t } = useI18n();
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
        </div>
      ))}
    </Stack>
  );
}
