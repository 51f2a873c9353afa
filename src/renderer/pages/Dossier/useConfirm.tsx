import { Button, Group, Modal, Text } from '@mantine/core';
import { useCallback, useRef, useState, type ReactElement } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * A confirmation before anything destructive: `await ask(message)` resolves true only when
 * the operator presses Remove; Escape, Cancel or closing the dialog resolve false.
 */
export function useConfirm(): [ReactElement, (message: string) => Promise<boolean>] {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | undefined>(undefined);
  const resolver = useRef<((answer: boolean) => void) | undefined>(undefined);
  const answer = (value: boolean) => {
    resolver.current?.(value);
    resolver.current = undefined;
    setMessage(undefined);
  };
  const ask = useCallback((text: string) => {
    resolver.current?.(false);
    setMessage(text);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);
  const dialog = (
    <Modal
      opened={message !== undefined}
      onClose={() => answer(false)}
      title={t('gallery.dossier.confirmTitle')}
      centered
    >
      <Text mb="md">{message}</Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={() => answer(false)} data-autofocus>
          {t('gallery.form.cancel')}
        </Button>
        <Button color="red" onClick={() => answer(true)}>
          {t('gallery.dossier.confirm')}
        </Button>
      </Group>
    </Modal>
  );
  return [dialog, ask];
}
