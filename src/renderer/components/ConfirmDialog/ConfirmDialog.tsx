import { Button, Group, Modal, Text } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';

export interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before anything that takes information off the screen; Cancel has the focus. */
export function ConfirmDialog({
  opened,
  title,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered zIndex={350}>
      <Text size="sm">{message}</Text>
      <Group justify="flex-end" mt="md" gap="sm">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('board.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
