import { Button, EmptyState, Group, Kbd, Loader, Modal, Text, Title } from '@mantine/core';
import { OverdueRequests } from '../../components/OverdueRequests/OverdueRequests';
import { OpenTasks } from '../../components/OpenTasks/OpenTasks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CaseBoardCard, OfficeView } from '../../../shared/api/views';
import { caseLanes, type CaseLane } from '../../../shared/domain/enums';
import { useClient } from '../../api/ClientProvider';
import { useCall } from '../../api/useLoader';
import { BoardFilters } from '../../components/BoardFilters/BoardFilters';
import { BoardLane } from '../../components/BoardLane/BoardLane';
import { moveRefusal, type DraggedCard } from '../../components/BoardLane/moveRules';
import { CaseCard } from '../../components/CaseCard/CaseCard';
import { CaseDrawer } from '../../components/CaseDrawer/CaseDrawer';
import { CaseForm } from '../../components/CaseForm/CaseForm';
import { blankCaseForm } from '../../components/CaseForm/caseFormValues';
import { ConfirmDialog } from '../../components/ConfirmDialog/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { UndoToast } from '../../components/UndoToast/UndoToast';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';
import classes from './Board.module.css';
import { boardTotal, boardTotalText } from './boardTotal';
import { useBoard } from './useBoard';
import { useCaseActions } from './useCaseActions';
import { caseTitle } from '../../format/caseTitle';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The case board: filtered lanes of cards, moves with undo, quick new case, the case drawer. */
export function BoardPage({ officeId }: { officeId?: string }) {
  const { language, t } = useI18n();
  const client = useClient();
  // Each board keeps the filter it was loaded with: the lanes fetch their later pages with it,
  // and, memoised, are not drawn again when the address changes, only when the new board comes.
  const { query, setQuery, board } = useBoard();
  const [creating, setCreating] = useState(false);
  const offices = useCall('offices.list', {}, { refreshOn: ['office'] });

  const officeList = useMemo(() => offices.data ?? [], [offices.data]);
  const officeLabel = useCallback(
    (id: string) => {
      const office = officeList.find((candidate: OfficeView) => candidate.id === id);
      return office ? officeName(office, language) : id;
    },
    [officeList, language],
  );
  const ownStations = officeList.find((office) => office.id === officeId)?.policeStations ?? [];
  // A card moved from the keyboard is drawn anew in its new lane: give it the focus back there,
  // so Alt+→ can be pressed again.
  const focusAfterMove = useRef<string | undefined>(undefined);
  const actions = useCaseActions(officeId, officeLabel, (id) => {
    if (document.activeElement?.closest(`[data-case-id="${id}"]`)) focusAfterMove.current = id;
  });
  useEffect(() => {
    const id = focusAfterMove.current;
    if (!id) return undefined;
    // The lane lays its cards out a frame or two after the data arrives.
    let frames = 0;
    let frame = requestAnimationFrame(function look() {
      const card = document.querySelector<HTMLElement>(`article[data-case-id="${id}"]`);
      if (card) {
        card.focus();
        focusAfterMove.current = undefined;
      } else if ((frames += 1) < 30) frame = requestAnimationFrame(look);
    });
    return () => cancelAnimationFrame(frame);
  }, [board.data]);

  useEffect(() => {
    const open = (event: KeyboardEvent) => {
      const plainN = event.key === 'n' && !event.ctrlKey && !event.metaKey && !event.altKey;
      const ctrlN = event.key.toLowerCase() === 'n' && (event.ctrlKey || event.metaKey);
      if (!(ctrlN || (plainN && !isTyping(event.target)))) return;
      if (document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      setCreating(true);
    };
    window.addEventListener('keydown', open);
    return () => window.removeEventListener('keydown', open);
  }, []);

  // Cards are memoised: their handlers stay the same objects and read the latest state here.
  const latest = useRef({ query, setQuery, actions, t, language });
  useEffect(() => {
    latest.current = { query, setQuery, actions, t, language };
  });
  const dragged = useCallback(
    (item: CaseBoardCard): DraggedCard => ({
      id: item.id,
      lane: item.lane,
      officeId: item.officeId,
      title: caseTitle(latest.current.t, latest.current.language, item),
    }),
    [],
  );
  const openCard = useCallback((item: CaseBoardCard) => {
    const { query: current, setQuery: set } = latest.current;
    set({ ...current, case: item.id });
  }, []);
  const moveCard = useCallback(
    (item: CaseBoardCard, lane: CaseLane) => latest.current.actions.move(dragged(item), lane),
    [dragged],
  );
  const refuseCard = useCallback(
    (item: CaseBoardCard) => latest.current.actions.refuse(dragged(item)),
    [dragged],
  );
  const dropCard = useCallback(
    (card: DraggedCard, lane: CaseLane) => latest.current.actions.move(card, lane),
    [],
  );
  const renderCard = useCallback(
    (item: CaseBoardCard) => (
      <CaseCard
        item={item}
        officeLabel={officeLabel(item.officeId)}
        updatedByLabel={officeLabel(item.updatedByOffice)}
        refusal={moveRefusal(item, officeId)}
        onOpen={openCard}
        onMove={moveCard}
        onRefused={refuseCard}
      />
    ),
    [officeLabel, officeId, openCard, moveCard, refuseCard],
  );

  // The label and the empty states speak for the board drawn below them, not for the address:
  // until the new board comes, they stay as they were, then change with the lanes.
  const shown = board.data ? boardTotal(board.data.lanes, board.data.filter) : undefined;
  const total = shown?.count ?? 0;
  return (
    <div className={classes.page}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap="sm" align="baseline" wrap="nowrap" className={classes.heading}>
          <Title order={1} size="h2">
            {t('nav.board')}
          </Title>
          {shown ? (
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="board-total">
              {boardTotalText(t, shown)}
            </Text>
          ) : null}
          <OverdueRequests />
          <OpenTasks />
        </Group>
        <Text size="xs" c="dimmed" lineClamp={2} className={classes.help}>
          {t('board.keysHelp')}
        </Text>
        <Button onClick={() => setCreating(true)} rightSection={<Kbd size="xs">N</Kbd>}>
          {t('board.newCase')}
        </Button>
      </Group>
      <BoardFilters query={query} onChange={setQuery} offices={officeList} />
      {board.error ? <ErrorAlert error={board.error} onRetry={board.reload} /> : null}
      {board.loading ? (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('board.loading')}</Text>
        </Group>
      ) : null}
      {shown && total === 0 ? (
        shown.filtered ? (
          <EmptyState
            title={t('board.noMatchTitle')}
            description={t('board.noMatchText')}
            mt="xl"
          />
        ) : (
          <EmptyState title={t('board.emptyTitle')} description={t('board.emptyText')} mt="xl" />
        )
      ) : null}
      {board.data && total > 0 ? (
        <div className={classes.lanes} data-testid="board-lanes">
          {caseLanes.map((lane) => (
            <BoardLane
              key={lane}
              lane={lane}
              page={board.data!.lanes[lane]}
              filter={board.data!.filter}
              renderCard={renderCard}
              onDropCard={dropCard}
            />
          ))}
        </div>
      ) : null}
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('board.form.createTitle')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('board.close') }}
      >
        <CaseForm
          mode="create"
          initial={blankCaseForm(Date.now(), ownStations[0] ?? '')}
          policeStations={ownStations}
          onCancel={() => setCreating(false)}
          onSubmit={async (fields) => {
            const created = await client.call('cases.create', fields);
            setCreating(false);
            board.reload();
            setQuery({ ...query, case: created.id });
          }}
        />
      </Modal>
      <CaseDrawer
        caseId={query.case}
        viewerOfficeId={officeId}
        officeLabel={officeLabel}
        policeStations={ownStations}
        onClose={() => setQuery({ ...query, case: undefined })}
        onSeen={board.reload}
        onEdit={actions.edit}
      />
      <ConfirmDialog
        opened={actions.pending !== undefined}
        title={t('board.move.closeTitle')}
        message={t('board.move.closeText', { case: actions.pending?.card.title ?? '' })}
        confirmLabel={t('board.move.closeConfirm')}
        onConfirm={actions.confirmPending}
        onCancel={actions.cancelPending}
      />
      <UndoToast toast={actions.toast} onClose={actions.closeToast} />
    </div>
  );
}
