import type { LogCategory } from '../../../shared/domain/enums';

/** One colour per category, so a column of entries can be scanned by kind. */
export const categoryColor: Record<LogCategory, string> = {
  incident: 'orange',
  lookout: 'red',
  request: 'grape',
  reply: 'gray',
  arrest: 'green',
  information: 'blue',
  meeting: 'teal',
  handover: 'dark',
  task: 'indigo',
};
