import { Table, Text } from '@mantine/core';
import type { BundleHistoryView } from '../../../shared/api/bundleContract';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';
import { formatBytes } from './syncFormat';

/** The counts a history line shows, when its summary has them. */
const summaryKeys = [
  'commits',
  'changes',
  'newChanges',
  'applied',
  'photos',
  'rejected',
  'origins',
] as const;

/** Every bundle exported and imported here: when, by whom, for or from whom, what it held. */
export function BundleHistory({ entries }: { entries: BundleHistoryView[] }) {
  const { t, language, locale } = useI18n();
  if (entries.length === 0) return <Text c="dimmed">{t('bundle.historyEmpty')}</Text>;
  return (
    <Table striped aria-label={t('bundle.historyTitle')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('bundle.when')}</Table.Th>
          <Table.Th />
          <Table.Th>{t('bundle.peer')}</Table.Th>
          <Table.Th>{t('bundle.who')}</Table.Th>
          <Table.Th>{t('bundle.what')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.id}>
            <Table.Td>{formatDateTime(entry.at, language)}</Table.Td>
            <Table.Td>
              {t(`bundle.direction.${entry.direction}`)} ({t(`bundle.kind.${entry.kind}`)})
            </Table.Td>
            <Table.Td>
              <Text ff="monospace" size="sm">
                {entry.peer}
              </Text>
            </Table.Td>
            <Table.Td>{entry.operator}</Table.Td>
            <Table.Td>
              <Text size="xs">
                {entry.file}, {formatBytes(entry.bytes, locale)}
              </Text>
              <Text size="xs" c="dimmed">
                {summaryKeys
                  .filter((key) => typeof entry.summary[key] === 'number')
                  .map((key) => `${t(`bundle.sum.${key}`)} ${String(entry.summary[key])}`)
                  .join(' · ')}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
