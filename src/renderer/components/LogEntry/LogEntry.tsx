import { Badge, Button } from '@mantine/core';
import { memo } from 'react';
import type { LogEntryView } from '../../../shared/api/views';
import { useI18n } from '../../i18n/I18nProvider';
import { galleryHref } from '../../routing/galleryQuery';
import { formatTimeOfDay } from '../../routing/logDate';
import { canAcknowledge, isUnansweredRequest, seenByOthers } from './logThreads';
import { categoryColor } from './categoryColor';
import { EntryPhotos } from './EntryPhotos';
import { RequestLine } from './RequestLine';
import classes from './LogEntry.module.css';

export interface LogEntryProps {
  entry: LogEntryView;
  /** This computer's office: it acknowledges others' entries, not its own. */
  officeId: string;
  officeName: (officeId: string) => string;
  /** A linked case's or suspect's label, once known. */
  mentionLabel: (kind: 'case' | 'suspect', id: string) => string | undefined;
  onReply: (entry: LogEntryView) => void;
  onAcknowledge: (entry: LogEntryView) => void;
  /** Shown indented under the entry it answers. */
  isReply?: boolean;
}

/**
 * One entry of the log: IST time, office, operator, category, text, photos and links; which
 * other offices have seen it, and the Reply and Acknowledge actions. Plain elements and CSS
 * rather than layout and text components: a day's first page draws dozens of entries at once.
 */
export const LogEntry = memo(function LogEntry({
  entry,
  officeId,
  officeName,
  mentionLabel,
  onReply,
  onAcknowledge,
  isReply = false,
}: LogEntryProps) {
  const { language, t } = useI18n();
  const time = formatTimeOfDay(entry.at, language);
  const category = t(`log.category.${entry.category}`);
  const office = officeName(entry.officeId);
  const unanswered = isUnansweredRequest(entry);
  const seen = seenByOthers(entry);
  const mine = entry.officeId === officeId;
  return (
    <article
      className={classes.entry}
      data-reply={isReply || undefined}
      data-unanswered={unanswered || undefined}
      data-urgent={entry.urgent || undefined}
      data-entry={entry.id}
      aria-label={t('log.entryLabel', { category, office, time })}
    >
      <div className={classes.head}>
        <span className={classes.time}>
          <time dateTime={new Date(entry.at).toISOString()}>{time}</time>
        </span>
        <span className={classes.office} data-mine={mine || undefined}>
          {office}
        </span>
        {entry.operatorName ? <span className={classes.operator}>{entry.operatorName}</span> : null}
        <Badge color={categoryColor[entry.category]} variant="light" radius="sm">
          {category}
        </Badge>
        {entry.urgent ? (
          <Badge color="red" variant="filled" radius="sm">
            {t('log.urgent')}
          </Badge>
        ) : null}
        {unanswered ? (
          <Badge color="grape" variant="filled" radius="sm">
            {t('log.unanswered')}
          </Badge>
        ) : null}
      </div>
      <p className={classes.text}>{entry.text}</p>
      <RequestLine entry={entry} officeId={officeId} officeName={officeName} />
      <EntryPhotos hashes={entry.photos} />
      <EntryLinks entry={entry} mentionLabel={mentionLabel} />
      <div className={classes.foot}>
        <p className={classes.seen} data-testid="seen-by">
          {seen.length > 0
            ? t('log.seenBy', {
                offices: seen
                  .map((id) => (id === officeId ? t('log.thisOffice') : officeName(id)))
                  .join(', '),
              })
            : t('log.seenByNone')}
        </p>
        <div className={classes.actions}>
          {mine ? null : canAcknowledge(entry, officeId) ? (
            <Button size="compact-sm" variant="light" onClick={() => onAcknowledge(entry)}>
              {t('log.acknowledge')}
            </Button>
          ) : (
            <Badge variant="outline" color="green" radius="sm">
              {t('log.acknowledged')}
            </Badge>
          )}
          <Button size="compact-sm" variant="subtle" onClick={() => onReply(entry)}>
            {t('log.reply')}
          </Button>
        </div>
      </div>
    </article>
  );
});

/** The cases, suspects and vehicles an entry is about, as chips; cases and suspects link. */
function EntryLinks({
  entry,
  mentionLabel,
}: {
  entry: LogEntryView;
  mentionLabel: LogEntryProps['mentionLabel'];
}) {
  const { t } = useI18n();
  if (entry.caseIds.length + entry.suspectIds.length + entry.vehicles.length === 0) return null;
  return (
    <div className={classes.links}>
      {entry.caseIds.map((id) => (
        <a key={id} href={`#/board?case=${id}`} className={classes.caseChip}>
          #{mentionLabel('case', id) ?? id}
        </a>
      ))}
      {entry.suspectIds.map((id) => (
        <a
          key={id}
          href={galleryHref({ filter: {}, suspectId: id })}
          className={classes.suspectChip}
        >
          @{mentionLabel('suspect', id) ?? id}
        </a>
      ))}
      {entry.vehicles.map((vehicle) => (
        <span key={vehicle} className={classes.vehicleChip} title={t('log.vehicle')}>
          {vehicle}
        </span>
      ))}
    </div>
  );
}
