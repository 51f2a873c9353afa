import { Alert, Button } from '@mantine/core';
import { errorCodeOf, isConnectionLost } from '../../api/callError';
import { useI18n } from '../../i18n/I18nProvider';

/** The translated message of a failed call's code; never the raw message or a stack. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const message = isConnectionLost(error)
    ? t('app.disconnected')
    : t(`error.${errorCodeOf(error)}`);
  return (
    <Alert color="red" variant="light" role="alert">
      {message}
      {onRetry ? (
        <Button variant="subtle" color="red" size="compact-sm" ml="sm" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
