import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import type { HistoryEntry } from '../../../shared/api/views';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';

/** `name: value` pairs of what a change set, short enough to read in a table cell. */
function describe(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .map(([name, value]) => {
      const shown = typeof value === 'string' ? value : JSON.stringify(value);
      return `${name}: ${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown}`;
    })
    .join('; ');
}

/** Every change to the dossier: when, who, which office, what. */
export function DossierHistory({
  history,
  officeNameOf,
}: {
  history: HistoryEntry[];
  officeNameOf: (id: string) => string;
}) {
  const { language, t } = useI18n();
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('gallery.dossier.history')}>
      <Title order={2} size="h4" mb="xs">
        {t('gallery.dossier.history')}
      </Title>
      <Table.ScrollContainer minWidth={500} maxHeight={320}>
        <Table striped verticalSpacing={4} fz="xs">
          <Table.Tbody>
            {history.map((entry) => (
              <Table.Tr key={`${entry.origin}-${entry.seq}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(entry.at, language)}
                </Table.Td>
                <Table.Td>
                  {t('gallery.dossier.by', {
                    operator: entry.operatorName,
                    office: officeNameOf(entry.officeId),
                  })}
                </Table.Td>
                <Table.Td>
                  {t(`gallery.dossier.op.${entry.op}`)}
                  {entry.status !== 'applied' ? (
                    <Badge
                      ml={4}
                      size="xs"
                      color={entry.status === 'refused' ? 'red' : 'gray'}
                      tt="none"
                    >
                      {t(
                        entry.status === 'refused'
                          ? 'gallery.dossier.refused'
                          : 'gallery.dossier.pending',
                      )}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" style={{ wordBreak: 'break-word' }}>
                    {describe(entry.fields)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
