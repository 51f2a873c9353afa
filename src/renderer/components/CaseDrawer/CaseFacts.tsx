import { Text } from '@mantine/core';
import type { CaseFullDetail } from '../../../shared/api/views';
import { policeStationName } from '../../../shared/localNames';
import { formatDateTime } from '../../format/dateTime';
import { formatMoney } from '../../format/money';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import classes from './CaseDrawer.module.css';
import { CaseRecordFacts } from './CaseRecordFacts';

/** Every field of the case, as a list of terms and values. */
export function CaseFacts({
  detail,
  officeLabel,
}: {
  detail: CaseFullDetail;
  officeLabel: (officeId: string) => string;
}) {
  const { language, t } = useI18n();
  const rows: Array<[MessageKey, string]> = [
    ['case.policeStation', policeStationName(detail.policeStation, language)],
    ['board.field.firNumber', `${detail.firNumber}/${detail.firYear}`],
    ['board.field.sections', detail.sections.join(', ')],
    ['case.crimeHead', t(`crimeHead.${detail.crimeHead}`)],
    ['case.occurredAt', formatDateTime(detail.occurredAt, language)],
    ['board.field.place', detail.place],
    ['case.propertyValue', formatMoney(detail.propertyValue, language)],
    ['case.priority', t(`priority.${detail.priority}`)],
    ['board.field.sharing', t(detail.sharing === 'network' ? 'case.shared' : 'case.localOnly')],
    ['board.field.owner', officeLabel(detail.officeId)],
    ['board.field.createdAt', formatDateTime(detail.createdAt, language)],
    ['board.field.updatedAt', formatDateTime(detail.updatedAt, language)],
  ];
  return (
    <>
      <dl className={classes.facts}>
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value || '—'}</dd>
          </div>
        ))}
      </dl>
      <CaseRecordFacts detail={detail} />
      {[
        ['board.field.mo', detail.mo] as const,
        ['board.field.summary', detail.summary] as const,
      ].map(([key, value]) => (
        <div key={key}>
          <Text size="xs" c="dimmed">
            {t(key)}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {value || '—'}
          </Text>
        </div>
      ))}
    </>
  );
}
