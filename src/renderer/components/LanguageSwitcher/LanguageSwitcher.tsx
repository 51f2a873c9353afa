import { SegmentedControl } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { autonymOf, isLanguage, languages } from '../../i18n/languages';

/** English / हिन्दी / বাংলা, each written in its own script; the choice is remembered. */
export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div role="group" aria-label={t('language.label')}>
      <SegmentedControl
        size="xs"
        value={language}
        onChange={(value) => isLanguage(value) && setLanguage(value)}
        data={languages.map((code) => ({
          value: code,
          label: <span lang={code}>{autonymOf[code]}</span>,
        }))}
      />
    </div>
  );
}
