import { useElementSize, useMergedRef } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { OfficeView } from '../../../shared/api/views';
import { SuspectCard } from '../../components/SuspectCard/SuspectCard';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';
import classes from './Gallery.module.css';
import type { SuspectPages } from './useSuspectPages';

const minCardWidth = 270;
const gap = 10;
export const rowHeight = 128;

export interface SuspectGridProps {
  pages: SuspectPages;
  total: number;
  offices: ReadonlyMap<string, OfficeView>;
  hrefOf: (id: string) => string;
}

/**
 * The gallery grid, virtualised by rows: only the rows in view (and a few either side) are in
 * the document, and their pages are fetched as they come into view.
 */
export function SuspectGrid({ pages, total, offices, hrefOf }: SuspectGridProps) {
  const { language, t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { ref: sizeRef, width } = useElementSize();
  const mergedRef = useMergedRef(scrollRef, sizeRef);
  const columns = Math.max(1, Math.floor((width + gap) / (minCardWidth + gap)));
  const rowCount = Math.ceil(total / columns);
  const rows = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight + gap,
    overscan: 4,
    // Let React batch the re-render a scroll asks for rather than flush it inside the event.
    useFlushSync: false,
  });
  const visible = rows.getVirtualItems();
  const firstRow = visible[0]?.index ?? 0;
  const lastRow = visible[visible.length - 1]?.index ?? 0;
  const { request } = pages;
  useEffect(() => {
    request(firstRow * columns, (lastRow + 1) * columns - 1);
  }, [request, firstRow, lastRow, columns]);

  /** Arrow keys, Home and End move between cards; the grid scrolls to the one chosen. */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = Number((event.target as HTMLElement).dataset['index']);
    if (Number.isNaN(current)) return;
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: columns,
      ArrowUp: -columns,
      PageDown: columns * 3,
      PageUp: -columns * 3,
      Home: -current,
      End: total - 1 - current,
    };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = Math.min(total - 1, Math.max(0, current + move));
    rows.scrollToIndex(Math.floor(next / columns));
    const focusNext = (tries: number) => {
      const card = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`);
      if (card) card.focus();
      else if (tries > 0) requestAnimationFrame(() => focusNext(tries - 1));
    };
    requestAnimationFrame(() => focusNext(30));
  };

  const nameOf = (id: string) => {
    const office = offices.get(id);
    return office ? officeName(office, language) : id;
  };

  return (
    <div
      ref={mergedRef}
      className={classes.scroller}
      data-testid="suspect-grid"
      role="region"
      aria-label={t('gallery.grid')}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: rows.getTotalSize(), position: 'relative' }}>
        {visible.map((row) => (
          <div
            key={row.key}
            className={classes.row}
            style={{
              transform: `translateY(${row.start}px)`,
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
              height: rowHeight,
            }}
          >
            {Array.from({ length: columns }, (_, column) => {
              const index = row.index * columns + column;
              if (index >= total) return <div key={column} />;
              const item = pages.itemAt(index);
              if (!item) return <div key={column} className={classes.placeholder} />;
              return (
                <SuspectCard
                  key={item.id}
                  item={item}
                  index={index}
                  href={hrefOf(item.id)}
                  officeName={nameOf(item.officeId)}
                  updatedByName={nameOf(item.updatedByOffice)}
                />
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
