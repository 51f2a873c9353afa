import { EmptyState, Title } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';

/** An honest placeholder for a screen that a later version fills in. */
export function ComingLater({
  heading,
  description,
}: {
  heading: MessageKey;
  description: MessageKey;
}) {
  const { t } = useI18n();
  return (
    <>
      <Title order={1} size="h2" mb="lg">
        {t(heading)}
      </Title>
      <EmptyState title={t('later.title')} description={t(description)} mt="xl" />
    </>
  );
}
