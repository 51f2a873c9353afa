import { Anchor, Badge, Card, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useCall } from '../../api/useLoader';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { formatDate } from '../../format/dateTime';
import { useOfficeLabel } from '../../format/useOfficeLabel';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';

const periods = [7, 30, 90] as const;

/**
 * The pattern list: groups of similar cases of more than one office in the last N days, with
 * what they share (crime head, MO words, weapon, vehicles, time). The bulletin's "MO patterns
 * seen on both sides" is the same list over 30 days.
 */
export function PatternsPage() {
  const { t, language } = useI18n();
  const officeLabel = useOfficeLabel();
  const [days, setDays] = useState<number>(30);
  const patterns = useCall('patterns.list', { days, limit: 30 }, { refreshOn: ['case', 'link'] });
  const crimeHead = (head: string) => t(`crimeHead.${head}` as MessageKey);
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('patterns.title')}
      </Title>
      <Text>{t('patterns.intro')}</Text>
      <Select
        label={t('patterns.period')}
        value={String(days)}
        onChange={(value) => setDays(Number(value ?? 30))}
        data={periods.map((value) => ({
          value: String(value),
          label: t('patterns.days', { days: value }),
        }))}
        allowDeselect={false}
        w={200}
      />
      {patterns.error ? <ErrorAlert error={patterns.error} onRetry={patterns.reload} /> : null}
      {patterns.data === undefined && !patterns.error ? (
        <Loader aria-label={t('patterns.loading')} />
      ) : null}
      {patterns.data?.length === 0 ? <Text c="dimmed">{t('patterns.none')}</Text> : null}
      <Stack gap="sm" data-testid="patterns">
        {(patterns.data ?? []).map((pattern) => (
          <Card key={pattern.cases[0]?.id ?? pattern.mo} withBorder data-testid="pattern">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text fw={700}>{pattern.mo}</Text>
                <Text size="sm">{pattern.crimeHeads.map(crimeHead).join(', ')}</Text>
              </div>
              <Badge variant="light">{t('patterns.cases', { count: pattern.total })}</Badge>
            </Group>
            <Text size="sm">
              {t('patterns.offices', { offices: pattern.offices.map(officeLabel).join(', ') })}
            </Text>
            <Text size="sm" c="dimmed">
              {pattern.reasons
                .map((reason) => t(`search.similarCases.reason.${reason}` as MessageKey))
                .join(', ')}
            </Text>
            {pattern.words.length > 0 ? (
              <Text size="xs">{t('patterns.words', { words: pattern.words.join(', ') })}</Text>
            ) : null}
            {pattern.vehicles.length > 0 ? (
              <Text size="xs">
                {t('patterns.vehicles', { vehicles: pattern.vehicles.join(', ') })}
              </Text>
            ) : null}
            {pattern.sameGang > 0 ? (
              <Text size="xs" fw={600}>
                {t('patterns.sameGang', { count: pattern.sameGang })}
              </Text>
            ) : null}
            <Group gap="xs" mt={6}>
              {pattern.cases.map((found) => (
                <Anchor key={found.id} href={`#/board?case=${found.id}`} size="xs">
                  {found.title} · {officeLabel(found.officeId)} ·{' '}
                  {formatDate(found.occurredAt, language)}
                </Anchor>
              ))}
              {pattern.total > pattern.cases.length ? (
                <Text size="xs" c="dimmed">
                  {t('patterns.more', { count: pattern.total - pattern.cases.length })}
                </Text>
              ) : null}
            </Group>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
