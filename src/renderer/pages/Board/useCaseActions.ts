import { useCallback, useRef, useState } from 'react';
import type { CaseFields } from '../../../shared/domain/records';
import type { CaseLane } from '../../../shared/domain/enums';
import { errorCodeOf, isConnectionLost } from '../../api/callError';
import { useClient } from '../../api/ClientProvider';
import {
  moveRefusal,
  needsConfirmation,
  type DraggedCard,
} from '../../components/BoardLane/moveRules';
import type { Toast } from '../../components/UndoToast/UndoToast';
import { useI18n } from '../../i18n/I18nProvider';

export interface PendingMove {
  card: DraggedCard;
  target: CaseLane;
}

export interface CaseActions {
  toast: Toast | undefined;
  closeToast: () => void;
  /** A move waiting for the operator's confirmation (closing a case). */
  pending: PendingMove | undefined;
  confirmPending: () => void;
  cancelPending: () => void;
  move: (card: DraggedCard, target: CaseLane) => void;
  /** Tells the operator why a case of another office does not move. */
  refuse: (card: DraggedCard) => void;
  /** Saves an owner's edit; the toast offers to put the old values back. */
  edit: (id: string, title: string, before: CaseFields, after: CaseFields) => Promise<void>;
}

/**
 * Moves and edits of the board, each with its outcome in a toast and an Undo that calls the
 * inverse (the previous lane, the previous values): the undo is itself a recorded change.
 */
export function useCaseActions(
  viewerOfficeId: string | undefined,
  officeLabel: (officeId: string) => string,
  onMoved: (id: string) => void = () => undefined,
): CaseActions {
  const client = useClient();
  const { t } = useI18n();
  const [toast, setToast] = useState<Toast | undefined>(undefined);
  const [pending, setPending] = useState<PendingMove | undefined>(undefined);
  const serial = useRef(0);
  const show = useCallback((message: string, tone: Toast['tone'], undo?: () => void) => {
    serial.current += 1;
    setToast({ id: serial.current, message, tone, undo });
  }, []);
  const reason = (error: unknown) =>
    isConnectionLost(error) ? t('app.disconnected') : t(`error.${errorCodeOf(error)}`);

  const refuse = (card: DraggedCard) =>
    show(
      t('board.move.refused', { case: card.title, office: officeLabel(card.officeId) }),
      'refused',
    );

  async function send(card: DraggedCard, target: CaseLane, isUndo: boolean) {
    try {
      await client.call('cases.move', { id: card.id, lane: target });
      onMoved(card.id);
      const lane = t(`lane.${target}`);
      if (isUndo) show(t('board.move.undone', { case: card.title, lane }), 'done');
      else
        show(t('board.move.done', { case: card.title, lane }), 'done', () => {
          void send({ ...card, lane: target }, card.lane, true);
        });
    } catch (error) {
      show(t('board.move.failed', { case: card.title, reason: reason(error) }), 'error');
    }
  }

  function move(card: DraggedCard, target: CaseLane) {
    const refusal = moveRefusal(card, viewerOfficeId, target);
    if (refusal === 'notOwner') return refuse(card);
    if (refusal === 'sameLane') return undefined;
    if (needsConfirmation(target)) return setPending({ card, target });
    void send(card, target, false);
    return undefined;
  }

  async function edit(id: string, title: string, before: CaseFields, after: CaseFields) {
    const changed = (Object.keys(after) as Array<keyof CaseFields>).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
    );
    if (changed.length === 0) return;
    const pick = (fields: CaseFields) =>
      Object.fromEntries(changed.map((key) => [key, fields[key]])) as Partial<CaseFields>;
    await client.call('cases.update', { id, fields: pick(after) });
    show(t('board.edit.done', { case: title }), 'done', () => {
      client.call('cases.update', { id, fields: pick(before) }).then(
        () => show(t('board.edit.undone', { case: title }), 'done'),
        (error: unknown) =>
          show(t('board.edit.failed', { case: title, reason: reason(error) }), 'error'),
      );
    });
  }

  return {
    toast,
    closeToast: useCallback(() => setToast(undefined), []),
    pending,
    confirmPending: () => {
      if (pending) void send(pending.card, pending.target, false);
      setPending(undefined);
    },
    cancelPending: () => setPending(undefined),
    move,
    refuse,
    edit,
  };
}
