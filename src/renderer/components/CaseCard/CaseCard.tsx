import { ActionIcon, Badge, Group, Menu, Paper, Text, Tooltip } from '@mantine/core';
import { useId, type DragEvent, type KeyboardEvent } from 'react';
import type { CaseBoardCard } from '../../../shared/api/views';
import { caseLanes, type CaseLane, type Priority } from '../../../shared/domain/enums';
import { formatDateTime } from '../../format/dateTime';
import { formatMoney } from '../../format/money';
import { useI18n } from '../../i18n/I18nProvider';
import { cardDragType, neighbourLane, type MoveRefusal } from '../BoardLane/moveRules';
import { PhotoThumb } from '../PhotoThumb/PhotoThumb';
import classes from './CaseCard.module.css';

const priorityColor: Record<Priority, string> = {
  low: 'gray',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
};

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
 * One case on the board. Enter opens it; Alt+→ / Alt+← (or the "Move to" menu, or a drag)
 * moves it a lane on, for the owning office only.
 */
export function CaseCard({
  item,
  officeLabel,
  updatedByLabel,
  refusal,
  onOpen,
  onMove,
  onRefused,
}: CaseCardProps) {
  const { language, locale, t } = useI18n();
  const titleId = useId();
  const movable = refusal === undefined && onMove !== undefined;
  const title = t('case.fir', { number: item.firNumber, year: String(item.firYear) });

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

  function dragStart(event: DragEvent) {
    event.dataTransfer.setData(
      cardDragType,
      JSON.stringify({ id: item.id, lane: item.lane, officeId: item.officeId, title }),
    );
    event.dataTransfer.setData('text/plain', title);
    event.dataTransfer.effectAllowed = 'move';
  }

  const notOwnerText = t('board.move.notOwner', { office: officeLabel });
  return (
    <Paper
      component="article"
      withBorder
      p="xs"
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
      onDoubleClick={() => onOpen?.(item)}
    >
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text
          id={titleId}
          fw={700}
          size="sm"
          component="button"
          type="button"
          className={classes.title}
          onClick={() => onOpen?.(item)}
          tabIndex={-1}
        >
          {title}
        </Text>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={t('board.move.menu', { case: title })}
              tabIndex={-1}
            >
              ⋯
            </ActionIcon>
          </Menu.Target>
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
      </Group>
      <Text size="sm" lineClamp={2}>
        {item.crimeHead}
      </Text>
      <dl className={classes.facts}>
        <div>
          <dt>{t('case.policeStation')}</dt>
          <dd>{item.policeStation}</dd>
        </div>
        <div>
          <dt>{t('case.occurredAt')}</dt>
          <dd>{formatDateTime(item.occurredAt, language)}</dd>
        </div>
        <div className={classes.valueRow}>
          <dt>{t('case.propertyValue')}</dt>
          <dd>{formatMoney(item.propertyValue, language)}</dd>
          <Badge
            color={priorityColor[item.priority]}
            variant="light"
            size="sm"
            tt="none"
            className={classes.priority}
            title={t('case.priority')}
          >
            {t(`priority.${item.priority}`)}
          </Badge>
        </div>
      </dl>
      {item.suspects.length > 0 ? (
        <Group gap={4} mt={4} wrap="nowrap" aria-label={t('case.suspects')} role="group">
          {item.suspects.map((suspect) => (
            <Tooltip key={suspect.id} label={suspect.name} withinPortal>
              <span>
                <PhotoThumb hash={suspect.photo} name={suspect.name} size={28} radius="xl" />
              </span>
            </Tooltip>
          ))}
          {item.suspectCount > item.suspects.length ? (
            <Text size="xs" c="dimmed">
              +{new Intl.NumberFormat(locale).format(item.suspectCount - item.suspects.length)}
            </Text>
          ) : null}
        </Group>
      ) : null}
      <Group gap={4} mt={4} wrap="wrap">
        <Badge
          variant="outline"
          color={refusal === 'notOwner' ? 'grape' : 'indigo'}
          size="xs"
          tt="none"
          maw="100%"
          title={t('board.card.owner', { office: officeLabel })}
        >
          {officeLabel}
        </Badge>
        <Badge
          variant="dot"
          color={item.sharing === 'network' ? 'teal' : 'gray'}
          size="xs"
          tt="none"
        >
          {item.sharing === 'network' ? t('board.card.shared') : t('board.card.local')}
        </Badge>
        {item.updatedByOther ? (
          <Badge color="yellow" variant="filled" size="xs" tt="none" className={classes.updated}>
            {t('board.card.updatedBy', { office: updatedByLabel ?? '' })}
          </Badge>
        ) : null}
      </Group>
    </Paper>
  );
}
