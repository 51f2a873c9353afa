import { Button, Group, Kbd } from '@mantine/core';
import type { LogCategory } from '../../../shared/domain/enums';
import { useI18n } from '../../i18n/I18nProvider';
import classes from './ComposeBox.module.css';
import { categoryKeys } from './composeText';

/** The eight categories as a radio group; each shows its Alt+digit key. */
export function CategoryPicker({
  value,
  onChange,
}: {
  value: LogCategory;
  onChange: (category: LogCategory) => void;
}) {
  const { t } = useI18n();
  return (
    <Group gap={6} role="radiogroup" aria-label={t('log.compose.category')} wrap="wrap">
      {categoryKeys.map((category, index) => (
        <Button
          key={category}
          size="compact-sm"
          variant={category === value ? 'filled' : 'default'}
          role="radio"
          aria-checked={category === value}
          data-category={category}
          className={classes.category}
          onClick={() => onChange(category)}
          leftSection={<Kbd size="xs">{index + 1}</Kbd>}
        >
          {t(`log.category.${category}`)}
        </Button>
      ))}
    </Group>
  );
}
