import { Paper, Text, UnstyledButton } from '@mantine/core';
import type { MentionOption } from '../../../shared/api/views';
import { mentionOptionLabel } from '../../format/caseTitle';
import { useI18n } from '../../i18n/I18nProvider';
import classes from './ComposeBox.module.css';

export interface MentionListProps {
  id: string;
  options: MentionOption[];
  active: number;
  onPick: (index: number) => void;
  onHover: (index: number) => void;
}

/**
 * The cases or suspects matching the `#` / `@` being typed. Focus stays in the text box
 * (arrow keys move the highlight, Enter or Tab picks); a click picks too.
 */
export function MentionList({ id, options, active, onPick, onHover }: MentionListProps) {
  const { t, language } = useI18n();
  return (
    <Paper shadow="md" withBorder className={classes.mentions}>
      <div role="listbox" id={id} aria-label={t('log.compose.suggestions')}>
        {options.map((option, index) => (
          <UnstyledButton
            key={`${option.kind}:${option.id}`}
            id={`${id}-${index}`}
            role="option"
            aria-selected={index === active}
            tabIndex={-1}
            className={classes.option}
            data-active={index === active || undefined}
            // Keep the caret in the text box: pick on mouse down, before it would blur.
            onMouseDown={(event) => {
              event.preventDefault();
              onPick(index);
            }}
            onMouseEnter={() => onHover(index)}
          >
            <Text size="sm" span>
              {option.kind === 'case' ? '#' : '@'} {mentionOptionLabel(t, language, option)}
            </Text>
          </UnstyledButton>
        ))}
      </div>
      {options.length === 0 ? (
        <Text size="sm" c="dimmed" p="xs">
          {t('log.compose.noMatches')}
        </Text>
      ) : null}
    </Paper>
  );
}
