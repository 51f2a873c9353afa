import { Badge, Group, Stack, Text } from '@mantine/core';
import type { HistoryEntry } from '../../../shared/api/views';
import { crimeHeadKey } from '../../../shared/domain/crimeHeads';
import {
  caseLanes,
  legacyCaseLanes,
  priorities,
  type CaseLane,
  type Priority,
} from '../../../shared/domain/enums';
import { formatDateTime } from '../../format/dateTime';
import { formatMoney } from '../../format/money';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import classes from './CaseDrawer.module.css';

const fieldLabel: Record<string, MessageKey> = {
  policeStation: 'case.policeStation',
  firNumber: 'board.field.firNumber',
  firYear: 'board.field.firYear',
  sections: 'board.field.sections',
  crimeHead: 'case.crimeHead',
  occurredAt: 'case.occurredAt',
  place: 'board.field.place',
  propertyValue: 'case.propertyValue',
  mo: 'board.field.mo',
  summary: 'board.field.summary',
  lane: 'board.field.lane',
  priority: 'case.priority',
  sharing: 'board.field.sharing',
  vehicles: 'board.detail.vehicles',
  tags: 'board.history.tags',
  occurredTo: 'records.occurredTo',
  reportedAt: 'records.reportedAt',
  gdNumber: 'records.gdNumber',
  sectionsWritten: 'records.sectionsWritten',
  complainantRole: 'records.complainantRole',
  complainant: 'records.role.complainant',
  victims: 'records.victims',
  ioName: 'records.ioName',
  ioRank: 'records.ioRank',
  ioMobile: 'records.ioMobile',
  stolenItems: 'records.stolen',
  recoveredItems: 'records.recovered',
  finalReportKind: 'records.finalReportKind',
  transferredTo: 'records.transferredTo',
  transferNote: 'records.transferNote',
  supplementaryChargeSheets: 'records.supplementary',
};

/** The rows of one change: a set element (`vehicles: JH10AB1234`) or the fields it set. */
function changedRows(entry: HistoryEntry): Array<[string, unknown]> {
  const { field, value } = entry.fields;
  if ((entry.op === 'add' || entry.op === 'remove') && typeof field === 'string')
    return [[field, value]];
  return Object.entries(entry.fields);
}

/** A changed value as a person reads it: lane and priority names, IST times, lakh/crore. */
function shownValue(name: string, value: unknown, { language, t }: I18n): string {
  if (name === 'lane' && typeof value === 'string') {
    const lane = legacyCaseLanes[value] ?? value;
    if ((caseLanes as readonly unknown[]).includes(lane)) return t(`lane.${lane as CaseLane}`);
  }
  if (name === 'crimeHead' && typeof value === 'string')
    return t(`crimeHead.${crimeHeadKey(value)}`);
  if ((name === 'occurredTo' || name === 'reportedAt') && typeof value === 'number')
    return formatDateTime(value, language);
  if (name === 'priority' && (priorities as readonly unknown[]).includes(value))
    return t(`priority.${value as Priority}`);
  if (name === 'sharing') return t(value === 'network' ? 'case.shared' : 'case.localOnly');
  if (name === 'occurredAt' && typeof value === 'number') return formatDateTime(value, language);
  if (name === 'propertyValue' && typeof value === 'number') return formatMoney(value, language);
  if (Array.isArray(value))
    return value.map((part) => JSON.stringify(part).replace(/^"|"$/g, '')).join(', ');
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Every change to the case, newest first: who, which office, when, and what changed. */
export function CaseHistory({
  history,
  officeLabel,
}: {
  history: HistoryEntry[];
  officeLabel: (officeId: string) => string;
}) {
  const i18n = useI18n();
  const { language, t } = i18n;
  const entries = [...history].sort((a, b) => b.at - a.at || b.seq - a.seq);
  if (entries.length === 0) return <Text c="dimmed">{t('board.history.none')}</Text>;
  return (
    <Stack
      gap="xs"
      component="ol"
      className={classes.plainList}
      aria-label={t('board.detail.history')}
    >
      {entries.map((entry) => (
        <li key={`${entry.origin}:${entry.seq}`} className={classes.historyEntry}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>
              {t(`board.history.op.${entry.op}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(entry.at, language)}
            </Text>
            {entry.status !== 'applied' ? (
              <Badge size="xs" color={entry.status === 'refused' ? 'red' : 'gray'} tt="none">
                {t(`board.history.status.${entry.status}`)}
              </Badge>
            ) : null}
          </Group>
          <Text size="xs">
            {t('board.history.by', {
              operator: entry.operatorName || '—',
              office: officeLabel(entry.officeId),
            })}
          </Text>
          <dl className={classes.changes}>
            {changedRows(entry).map(([name, value]) => (
              <div key={name}>
                <dt>{fieldLabel[name] ? t(fieldLabel[name]) : name}</dt>
                <dd>{shownValue(name, value, i18n)}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </Stack>
  );
}
