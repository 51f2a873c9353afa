import { Badge, Group, Stack, Text } from '@mantine/core';
import type { CaseFullDetail } from '../../../shared/api/views';
import type { FirPerson, PropertyItem } from '../../../shared/domain/recordExtras';
import { propertyTotal } from '../../../shared/domain/caseRules';
import { sectionDateWarning } from '../../../shared/domain/sections';
import { formatDateTime } from '../../format/dateTime';
import { formatMoney } from '../../format/money';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import classes from './CaseDrawer.module.css';

/** A person on the FIR in one line: `Name S/o Father, address (state), phone`. */
function usePersonLine() {
  const { t } = useI18n();
  return (person: FirPerson) =>
    [
      person.name,
      person.relation ? `${t(`records.relation.${person.relation}`)} ${person.relativeName}` : '',
      [person.address, person.state].filter(Boolean).join(', '),
      person.phone,
    ]
      .filter(Boolean)
      .join(' · ');
}

function Items({ title, items }: { title: MessageKey; items: PropertyItem[] }) {
  const { t, language } = useI18n();
  if (items.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        {t(title)} · {t('records.total', { amount: formatMoney(propertyTotal(items), language) })}
      </Text>
      <ul className={classes.items}>
        {items.map((item, index) => (
          <li key={index}>
            {t(`records.kind.${item.kind}`)}
            {item.description ? `: ${item.description}` : ''} · {formatMoney(item.value, language)}
            {item.imei ? ` · ${t('records.item.imei')} ${item.imei}` : ''}
            {item.registration ? ` · ${item.registration}` : ''}
            {item.engineNumber ? ` · ${t('records.item.engineNumber')} ${item.engineNumber}` : ''}
            {item.chassisNumber
              ? ` · ${t('records.item.chassisNumber')} ${item.chassisNumber}`
              : ''}
            {item.weightGrams !== null ? ` · ${item.weightGrams} g` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The FIR's record fields in the case drawer: time window, GD, sections as written, IO, stage, people (sensitive) and property. */
export function CaseRecordFacts({ detail }: { detail: CaseFullDetail }) {
  const { language, t } = useI18n();
  const personLine = usePersonLine();
  const warning = sectionDateWarning(detail.sections, detail.occurredAt);
  const rows: Array<[MessageKey, string]> = [
    ['records.sectionsWritten', detail.sectionsWritten],
    ['records.occurredTo', detail.occurredTo ? formatDateTime(detail.occurredTo, language) : ''],
    ['records.reportedAt', detail.reportedAt ? formatDateTime(detail.reportedAt, language) : ''],
    ['records.gdNumber', detail.gdNumber],
    ['records.ioName', detail.ioName],
    ['records.ioRank', detail.ioRank],
    ['records.ioMobile', detail.ioMobile],
  ];
  if (detail.lane === 'charge_sheeted')
    rows.push(['records.supplementary', String(detail.supplementaryChargeSheets)]);
  if (detail.lane === 'final_report')
    rows.push([
      'records.finalReportKind',
      detail.finalReportKind ? t(`records.finalReport.${detail.finalReportKind}`) : '',
    ]);
  if (detail.lane === 'transferred')
    rows.push([
      'records.transferredTo',
      [
        detail.transferredTo ? t(`records.transfer.${detail.transferredTo}`) : '',
        detail.transferNote,
      ]
        .filter(Boolean)
        .join(' · '),
    ]);
  return (
    <Stack gap="xs" data-testid="case-record-facts">
      {warning ? (
        <Text size="sm" c="orange.9" role="status">
          {t(`records.warning.${warning}`)}
        </Text>
      ) : null}
      <dl className={classes.facts}>
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value || '—'}</dd>
          </div>
        ))}
      </dl>
      <div data-sensitive="true">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t(`records.role.${detail.complainantRole}`)}
          </Text>
          <Badge color="grape" variant="light" size="sm">
            {t('records.sensitive')}
          </Badge>
        </Group>
        <Text size="sm">{detail.complainant ? personLine(detail.complainant) : '—'}</Text>
        {detail.victims.length > 0 ? (
          <>
            <Text size="sm" fw={600} mt={4}>
              {t('records.victims')}
            </Text>
            <ul className={classes.items}>
              {detail.victims.map((victim, index) => (
                <li key={index}>{personLine(victim)}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <Items title="records.stolen" items={detail.stolenItems} />
      <Items title="records.recovered" items={detail.recoveredItems} />
    </Stack>
  );
}
