import { Button, CloseButton, Group, Paper, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import classes from './UndoToast.module.css';

export interface Toast {
  /** Changes with every toast, so a new one restarts the timer. */
  id: number;
  message: string;
  tone: 'done' | 'refused' | 'error';
  /** Present when the change can be taken back. */
  undo?: () => void;
}

/** How long a toast stays; long enough to reach for Undo. */
const toastMs = 12_000;

/** The last action's outcome, with Undo where it can be taken back; announced to screen readers. */
export function UndoToast({ toast, onClose }: { toast: Toast | undefined; onClose: () => void }) {
  const { t } = useI18n();
  const id = toast?.id;
  useEffect(() => {
    if (id === undefined) return undefined;
    const timer = setTimeout(onClose, toastMs);
    return () => clearTimeout(timer);
  }, [id, onClose]);
  return (
    <div className={classes.anchor} role="status" aria-live="polite">
      {toast ? (
        <Paper shadow="md" withBorder p="sm" className={classes.toast} data-tone={toast.tone}>
          <Group gap="sm" wrap="nowrap" justify="space-between">
            <Text size="sm">{toast.message}</Text>
            <Group gap={4} wrap="nowrap">
              {toast.undo ? (
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => {
                    toast.undo?.();
                    onClose();
                  }}
                >
                  {t('board.undo')}
                </Button>
              ) : null}
              <CloseButton size="sm" aria-label={t('board.close')} onClick={onClose} />
            </Group>
          </Group>
        </Paper>
      ) : null}
    </div>
  );
}
