import { Badge, Group, Skeleton, Text, Title } from '@mantine/core';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { CaseFilterInput } from '../../../shared/api/screensContract';
import type { BoardLane as BoardLaneView, CaseBoardCard } from '../../../shared/api/views';
import type { CaseLane } from '../../../shared/domain/enums';
import { useClient } from '../../api/ClientProvider';
import { formatCount } from '../../format/count';
import { useI18n } from '../../i18n/I18nProvider';
import { cardDragType, readDraggedCard, type DraggedCard } from './moveRules';
import classes from './BoardLane.module.css';

/** Cards fetched per `cases.lane` call beyond the board's first page. */
export const lanePageSize = 100;
const estimatedCardHeight = 150;
/** Where there is no layout (jsdom) or the lane has not been laid out yet. */
const fallbackRect = { width: 240, height: 900 };

/** Pages fetched past the board's first page, by offset, and the offsets already asked for. */
interface LaterPages {
  from: BoardLaneView;
  pages: Map<number, CaseBoardCard[]>;
  asked: Set<number>;
}

function laterPagesOf(page: BoardLaneView): LaterPages {
  return { from: page, pages: new Map(), asked: new Set() };
}

export interface BoardLaneProps {
  lane: CaseLane;
  /** The board's first page for this lane: its total and first cards. */
  page: BoardLaneView;
  /** The filters the board was loaded with, for fetching further pages. */
  filter: CaseFilterInput;
  renderCard: (item: CaseBoardCard) => ReactNode;
  /** A card was dropped here from another lane. */
  onDropCard?: (card: DraggedCard, lane: CaseLane) => void;
}

/**
 * One lane of the case board: name, count, and a virtualised list of its cards; pages past the
 * first are fetched with `cases.lane` as they scroll into view, so a lane of 20,000 stays smooth.
 */
export const BoardLane = memo(function BoardLane({
  lane,
  page,
  filter,
  renderCard,
  onDropCard,
}: BoardLaneProps) {
  const { language, t } = useI18n();
  const client = useClient();
  const headingId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState<LaterPages>(() => laterPagesOf(page));
  const [dropping, setDropping] = useState(false);
  // A fresh first page (reload, filter change) makes the later pages stale.
  let current = more;
  if (more.from !== page) {
    current = laterPagesOf(page);
    setMore(current);
  }
  const { pages, asked } = current;

  const virtualizer = useVirtualizer({
    count: page.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedCardHeight,
    overscan: 3,
    // Measuring a card must not re-render the lane synchronously once per card.
    useFlushSync: false,
    gap: 8,
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : fallbackRect)),
  });
  const visible = virtualizer.getVirtualItems();
  const itemAt = (index: number): CaseBoardCard | undefined => {
    if (index < page.items.length) return page.items[index];
    const offset =
      page.items.length + Math.floor((index - page.items.length) / lanePageSize) * lanePageSize;
    return pages.get(offset)?.[index - offset];
  };

  const firstMissing = visible.find((row) => !itemAt(row.index))?.index;
  const lastMissing = visible.findLast((row) => !itemAt(row.index))?.index;
  useEffect(() => {
    if (firstMissing === undefined || lastMissing === undefined) return;
    const base = page.items.length;
    const offsets = new Set<number>();
    for (const index of [firstMissing, lastMissing]) {
      offsets.add(base + Math.floor((index - base) / lanePageSize) * lanePageSize);
    }
    for (const offset of offsets) {
      if (asked.has(offset)) continue;
      asked.add(offset);
      client.call('cases.lane', { ...filter, lane, offset, limit: lanePageSize }).then(
        (result) =>
          setMore((previous) =>
            previous.from === page
              ? { ...previous, pages: new Map(previous.pages).set(offset, result.items) }
              : previous,
          ),
        () => asked.delete(offset),
      );
    }
  }, [client, filter, lane, page, asked, firstMissing, lastMissing]);

  function dragOver(event: DragEvent) {
    if (!onDropCard || !event.dataTransfer.types.includes(cardDragType)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (!dropping) setDropping(true);
  }
  function drop(event: DragEvent) {
    setDropping(false);
    const card = readDraggedCard(event.dataTransfer.getData(cardDragType));
    if (!card || !onDropCard) return;
    event.preventDefault();
    if (card.lane !== lane) onDropCard(card, lane);
  }

  return (
    <section
      className={classes.lane}
      aria-labelledby={headingId}
      data-lane={lane}
      data-dropping={dropping || undefined}
      onDragOver={dragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={drop}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Title order={2} size="h5" id={headingId}>
          {t(`lane.${lane}`)}
        </Title>
        <Badge
          variant="filled"
          color="gray"
          className={classes.count}
          aria-label={t('board.laneCount', { count: page.total })}
        >
          {formatCount(page.total, language)}
        </Badge>
      </Group>
      {page.total === 0 ? (
        <Text size="sm" c="dimmed" mt="xs" className={classes.empty}>
          {t('board.laneEmpty')}
        </Text>
      ) : (
        <div ref={scrollRef} className={classes.scroller} data-testid={`lane-scroll-${lane}`}>
          <ul className={classes.cards} style={{ height: virtualizer.getTotalSize() }}>
            {visible.map((row) => {
              const item = itemAt(row.index);
              return (
                <li
                  key={item?.id ?? `row-${row.index}`}
                  data-index={row.index}
                  ref={virtualizer.measureElement}
                  className={classes.row}
                  style={{ transform: `translateY(${row.start}px)` }}
                >
                  {item ? (
                    renderCard(item)
                  ) : (
                    <Skeleton height={estimatedCardHeight - 8} aria-label={t('board.loading')} />
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
});
