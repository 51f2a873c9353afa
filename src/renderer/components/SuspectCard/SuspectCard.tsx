import { memo } from 'react';
import type { SuspectCard as SuspectCardView } from '../../../shared/api/views';
import { useI18n } from '../../i18n/I18nProvider';
import { usePhoto } from '../PhotoThumb/PhotoThumb';
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

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0] ?? '')
    .join('');
}

/**
 * The card's photo. Plain elements rather than PhotoThumb's Avatar: a fast scroll mounts
 * a hundred cards a second, and each must cost little.
 */
function CardPhoto({ hash, name }: { hash: string | null; name: string }) {
  const { t } = useI18n();
  const photo = usePhoto(hash, 'thumb');
  if (hash && photo?.dataUrl) {
    return <img className={classes.photo} src={photo.dataUrl} alt={name} width={96} height={96} />;
  }
  if (hash && photo?.dataUrl === null) {
    return (
      <span className={classes.photo} title={t('photo.pending')} aria-label={t('photo.pending')}>
        …
      </span>
    );
  }
  return (
    <span className={classes.photo} data-loading={hash ? true : undefined}>
      {hash ? '' : initialsOf(name)}
    </span>
  );
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
      <CardPhoto hash={item.primaryPhoto} name={name.shown} />
      <span className={classes.body}>
        <span className={classes.name}>{name.shown}</span>
        {name.original ? <span className={classes.dimmed}>{name.original}</span> : null}
        <span className={classes.line}>
          {item.age === null
            ? t('gallery.card.ageUnknown')
            : t('gallery.card.age', { age: item.age })}
          {' · '}
          {t('gallery.card.cases', { count: item.caseCount })}
        </span>
        <span
          className={classes.status}
          style={{ background: `var(--mantine-color-${statusColor[item.status]}-filled)` }}
        >
          {t(`gallery.status.${item.status}`)}
        </span>
        <span className={classes.dimmed}>{officeName}</span>
        {item.updatedByOther ? (
          <span className={classes.other}>
            {t('gallery.card.updatedByOther', { office: updatedByName })}
          </span>
        ) : null}
      </span>
    </a>
  );
});
