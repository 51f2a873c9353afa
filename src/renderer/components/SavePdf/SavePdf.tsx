import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import type { PdfSaveView } from '../../../shared/api/bulletinContract';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';

/**
 * Save as PDF: in the app, main asks where and saves it (`save` is the page's call); where
 * there is no save dialog (the browser harness), `print` opens the print dialog instead,
 * whose "Save as PDF" saves it.
 */
export function SavePdf({
  disabled,
  save,
  print,
}: {
  disabled: boolean;
  save: () => Promise<PdfSaveView>;
  print: () => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(undefined);

  async function run() {
    setBusy(true);
    setFailure(undefined);
    setSaved(null);
    try {
      const result = await save();
      if (!result.dialog) print();
      else setSaved(result.file);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant="light" disabled={disabled} loading={busy} onClick={() => void run()}>
        {t('bulletin.savePdf')}
      </Button>
      {saved ? (
        <Text size="sm" c="green" role="status">
          {t('bulletin.savedPdf', { file: saved })}
        </Text>
      ) : null}
      {failure ? <ErrorAlert error={failure} /> : null}
    </>
  );
}
