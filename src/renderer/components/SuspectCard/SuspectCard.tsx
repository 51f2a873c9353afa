import { Badge, Text } from '@mantine/core';
import { memo } from 'react';
import type { SuspectCard as SuspectCardView } from '../../../shared/api/views';
import { useI18n } from '../../i18n/I18nProvider';
import { PhotoThumb } from '../PhotoThumb/PhotoThumb';
import classes from './SuspectCard.module.css';
import { statusColor } from './statusColor';
import { displayName } from './suspectName';

export interface SuspectCardProps {
  item: SuspectCardView;
  /** Position in the gallery, for keyboard movement between cards. */
  index: number;
  href: string;
  /** The owning office's name in the operator's language. */
  officeName: string;
  /** The name of the office that changed it last, when that was another office. */
  updatedByName: string;
}

/**
 * One suspect in the gallery: photo, name in the operator's script with the original, age,
 * status, owning office, number of linked cases, and a mark when another office changed it.
 */
export const SuspectCard = memo(function SuspectCard({
  item,
  index,
  href,
  officeName,
  updatedByName,
}: SuspectCardProps) {
  const { language, t } = useI18n();
  const name = displayName(item.name, item.otherNames, language);
  return (
    <a
      href={href}
      className={classes.card}
      data-other={item.updatedByOther}
      data-suspect={item.id}
      data-index={index}
    >
      <PhotoThumb hash={item.primaryPhoto} name={name.shown} size={96} />
      <div className={classes.body}>
        <Text fw={700} size="sm" className={classes.line}>
          {name.shown}
        </Text>
        {name.original ? (
          <Text size="xs" c="dimmed" className={classes.line}>
            {name.original}
          </Text>
        ) : null}
        <Text size="xs" className={classes.line}>
          {item.age === null
            ? t('gallery.card.ageUnknown')
            : t('gallery.card.age', { age: item.age })}
          {' · '}
          {t('gallery.card.cases', { count: item.caseCount })}
        </Text>
        <Badge
          color={statusColor[item.status]}
          variant="filled"
          size="sm"
          tt="none"
          w="fit-content"
        >
          {t(`gallery.status.${item.status}`)}
        </Badge>
        <Text size="xs" c="dimmed" className={classes.line}>
          {officeName}
        </Text>
        {item.updatedByOther ? (
          <Text size="xs" fw={600} c="yellow.9" className={classes.line}>
            {t('gallery.card.updatedByOther', { office: updatedByName })}
          </Text>
        ) : null}
      </div>
    </a>
  );
});
