import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import type { HistoryEntry } from '../../../shared/api/views';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/messages';

/** The label of each recorded field, as the form names it. */
const fieldLabel: Record<string, MessageKey> = {
  name: 'gallery.form.name',
  fatherName: 'gallery.form.fatherName',
  age: 'gallery.form.age',
  dateOfBirth: 'gallery.form.dateOfBirth',
  sex: 'gallery.form.sex',
  address: 'gallery.form.address',
  marks: 'gallery.form.marks',
  heightCm: 'gallery.form.heightCm',
  build: 'gallery.form.build',
  mo: 'gallery.form.mo',
  gang: 'gallery.form.gang',
  status: 'gallery.form.status',
  reward: 'gallery.form.reward',
  sharing: 'gallery.form.sharing',
  primaryPhoto: 'gallery.dossier.primary',
  photos: 'gallery.dossier.photos',
  aliases: 'gallery.form.aliases',
  otherNames: 'gallery.form.otherNames',
  phones: 'gallery.form.phones',
  vehicles: 'gallery.form.vehicles',
};

/** `label: value` pairs of what a change set, short enough to read in a table cell. */
function describe(fields: Record<string, unknown>, t: Translate): string {
  return Object.entries(fields)
    .map(([name, value]) => {
      const label = fieldLabel[name] ? t(fieldLabel[name]) : name;
      let shown =
        value === null || value === ''
          ? '—'
          : typeof value === 'string'
            ? value
            : JSON.stringify(value);
      if (/^[0-9a-f]{64}$/.test(shown)) shown = `${shown.slice(0, 10)}…`;
      return `${label}: ${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown}`;
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
      {/* A scrolling region is focusable, so the history can be scrolled from the keyboard. */}
      <Table.ScrollContainer minWidth={500} maxHeight={320} type="native" tabIndex={0}>
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
                    {describe(entry.fields, t)}
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
