import { Menu } from '@mantine/core';
import { memo, useId, useState, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { CaseBoardCard } from '../../../shared/api/views';
import { caseLanes, type CaseLane } from '../../../shared/domain/enums';
import { policeStationName } from '../../../shared/localNames';
import { formatCount } from '../../format/count';
import { formatDateTime } from '../../format/dateTime';
import { formatMoney } from '../../format/money';
import { useI18n } from '../../i18n/I18nProvider';
import { cardDragType, neighbourLane, type MoveRefusal } from '../BoardLane/moveRules';
import { PhotoThumb } from '../PhotoThumb/PhotoThumb';
import classes from './CaseCard.module.css';
import { caseTitle } from '../../format/caseTitle';

export interface CaseCardProps {
  item: CaseBoardCard;
  /** The owning office's name in the chosen language. */
  officeLabel: string;
  /** The office that changed it last, when that is not this one. */
  updatedByLabel?: string;
  /** Why this operator cannot move it (another office owns it), or undefined. */
  refusal?: MoveRefusal;
  onOpen?: (item: CaseBoardCard) => void;
  onMove?: (item: CaseBoardCard, lane: CaseLane) => void;
  /** A move was asked for that is refused: the board says why. */
  onRefused?: (item: CaseBoardCard) => void;
}

/**
 * One case on the board. A click anywhere on it, or Enter, opens it; Alt+→ / Alt+← (or the "Move to" menu, or a drag)
 * moves it a lane on, for the owning office only.
 */
export const CaseCard = memo(function CaseCard({
  item,
  officeLabel,
  updatedByLabel,
  refusal,
  onOpen,
  onMove,
  onRefused,
}: CaseCardProps) {
  const { language, t } = useI18n();
  const titleId = useId();
  const [menuMounted, setMenuMounted] = useState(false);
  const movable = refusal === undefined && onMove !== undefined;
  const title = caseTitle(t, language, item);

  function keyDown(event: KeyboardEvent) {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen?.(item);
      return;
    }
    if (event.altKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
      event.preventDefault();
      const target = neighbourLane(item.lane, event.key === 'ArrowRight' ? 1 : -1);
      if (!target) return;
      if (movable) onMove(item, target);
      else onRefused?.(item);
    }
  }

  // A click anywhere on the card opens it, as on any card board; the "⋯" menu keeps its own
  // clicks, and so does its dropdown (rendered in a portal, outside the card in the DOM). A
  // drag that moves the card ends without a click, so it never opens it.
  function click(event: MouseEvent) {
    const target = event.target as Element;
    if (!event.currentTarget.contains(target)) return;
    if (target.closest('button, a, input, [role="menu"]')) return;
    onOpen?.(item);
  }

  function dragStart(event: DragEvent) {
    event.dataTransfer.setData(
      cardDragType,
      JSON.stringify({ id: item.id, lane: item.lane, officeId: item.officeId, title }),
    );
    event.dataTransfer.setData('text/plain', title);
    event.dataTransfer.effectAllowed = 'move';
  }

  const notOwnerText = t('board.move.notOwner', { office: officeLabel });
  // The menu is built on first use: a board paints hundreds of cards and few menus are opened.
  const menuButton = (
    <button
      type="button"
      className={classes.menuButton}
      aria-label={t('board.move.menu', { case: title })}
      tabIndex={-1}
      onClick={() => setMenuMounted(true)}
    >
      ⋯
    </button>
  );
  // Plain elements and CSS rather than layout components: a filter change paints dozens of
  // cards at once, and each component costs render time.
  return (
    <article
      className={classes.card}
      data-priority={item.priority}
      data-updated-by-other={item.updatedByOther || undefined}
      data-case-id={item.id}
      aria-labelledby={titleId}
      aria-description={movable ? t('board.card.keys') : notOwnerText}
      tabIndex={0}
      draggable={movable}
      onDragStart={movable ? dragStart : undefined}
      onKeyDown={keyDown}
      onClick={click}
    >
      <div className={classes.head}>
        <h3 id={titleId} className={classes.title}>
          {title}
        </h3>
        {menuMounted ? (
          <Menu position="bottom-end" withinPortal defaultOpened>
            <Menu.Target>{menuButton}</Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => onOpen?.(item)}>{t('board.card.open')}</Menu.Item>
              <Menu.Label>{movable ? t('board.move.to') : notOwnerText}</Menu.Label>
              {caseLanes
                .filter((lane) => lane !== item.lane)
                .map((lane) => (
                  <Menu.Item
                    key={lane}
                    disabled={!movable}
                    onClick={() => movable && onMove(item, lane)}
                  >
                    {t(`lane.${lane}`)}
                  </Menu.Item>
                ))}
            </Menu.Dropdown>
          </Menu>
        ) : (
          menuButton
        )}
      </div>
      <p className={classes.crimeHead}>{t(`crimeHead.${item.crimeHead}`)}</p>
      <dl className={classes.facts}>
        <div>
          <dt>{t('case.policeStation')}</dt>
          <dd>{policeStationName(item.policeStation, language)}</dd>
        </div>
        <div>
          <dt>{t('case.occurredAt')}</dt>
          <dd>{formatDateTime(item.occurredAt, language)}</dd>
        </div>
        <div className={classes.valueRow}>
          <dt>{t('case.propertyValue')}</dt>
          <dd>{formatMoney(item.propertyValue, language)}</dd>
          <dt>{t('case.priority')}</dt>
          <dd className={classes.priority}>{t(`priority.${item.priority}`)}</dd>
        </div>
      </dl>
      {item.suspects.length > 0 ? (
        <div className={classes.thumbs} aria-label={t('case.suspects')} role="group">
          {item.suspects.map((suspect) => (
            <span key={suspect.id} title={suspect.name}>
              <PhotoThumb hash={suspect.photo} name={suspect.name} size={28} radius="xl" />
            </span>
          ))}
          {item.suspectCount > item.suspects.length ? (
            <span className={classes.more}>
              +{formatCount(item.suspectCount - item.suspects.length, language)}
            </span>
          ) : null}
        </div>
      ) : null}
      <div className={classes.badges}>
        <span
          className={classes.office}
          data-foreign={refusal === 'notOwner' || undefined}
          title={t('board.card.owner', { office: officeLabel })}
        >
          {officeLabel}
        </span>
        <span className={classes.sharing} data-sharing={item.sharing}>
          {item.sharing === 'network' ? t('board.card.shared') : t('board.card.local')}
        </span>
        {item.updatedByOther ? (
          <span className={classes.updated}>
            {t('board.card.updatedBy', { office: updatedByLabel ?? '' })}
          </span>
        ) : null}
      </div>
    </article>
  );
});
