import { crimeHeads } from '../../../shared/domain/crimeHeads';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { memo, useEffect, useState } from 'react';
import type { OfficeView } from '../../../shared/api/views';
import { policeStationName } from '../../../shared/localNames';
import { priorities } from '../../../shared/domain/enums';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';
import { DateField } from '../DateField/DateField';
import { activeFilterCount, type BoardQuery } from './boardQuery';
import classes from './BoardFilters.module.css';

/** Typing pauses this long before a text filter is applied. */
const typingDelayMs = 300;

type TextKey = 'crime' | 'mo' | 'q';

/** A text filter applied once typing pauses, or at once on Enter. */
function TextFilter({
  name,
  label,
  query,
  onChange,
}: {
  name: TextKey;
  label: string;
  query: BoardQuery;
  onChange: (next: BoardQuery) => void;
}) {
  const applied = query[name] ?? '';
  const [value, setValue] = useState(applied);
  const [seen, setSeen] = useState(applied);
  if (seen !== applied) {
    setSeen(applied);
    setValue(applied);
  }
  useEffect(() => {
    if (value.trim() === applied) return undefined;
    const timer = setTimeout(() => onChange({ ...query, [name]: value.trim() }), typingDelayMs);
    return () => clearTimeout(timer);
  }, [value, applied, name, query, onChange]);
  return (
    <TextInput
      size="xs"
      label={label}
      value={value}
      onChange={(event) => setValue(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onChange({ ...query, [name]: value.trim() });
      }}
      className={classes.text}
    />
  );
}

export interface BoardFiltersProps {
  query: BoardQuery;
  onChange: (next: BoardQuery) => void;
  offices: OfficeView[];
}

/** The board's filters; every change goes to the address, so the view can be reopened. */
export const BoardFilters = memo(function BoardFilters({
  query,
  onChange,
  offices,
}: BoardFiltersProps) {
  const { language, t } = useI18n();
  const stations = [...new Set(offices.flatMap((office) => office.policeStations))].sort();
  const set = (key: keyof BoardQuery) => (value: string | null) =>
    onChange({ ...query, [key]: value ?? undefined });
  return (
    <Group
      gap="xs"
      align="flex-end"
      wrap="wrap"
      role="search"
      aria-label={t('board.filter.label')}
      className={classes.filters}
    >
      <TextFilter name="q" label={t('board.filter.text')} query={query} onChange={onChange} />
      <Select
        size="xs"
        label={t('board.filter.office')}
        placeholder={t('board.filter.any')}
        data={offices.map((office) => ({ value: office.id, label: officeName(office, language) }))}
        value={query.office ?? null}
        onChange={set('office')}
        clearable
        searchable
        className={classes.select}
      />
      <Select
        size="xs"
        label={t('case.policeStation')}
        placeholder={t('board.filter.any')}
        data={(query.ps && !stations.includes(query.ps) ? [query.ps, ...stations] : stations).map(
          (station) => ({ value: station, label: policeStationName(station, language) }),
        )}
        value={query.ps ?? null}
        onChange={set('ps')}
        clearable
        searchable
        className={classes.select}
      />
      <Select
        size="xs"
        label={t('board.filter.crimeHead')}
        placeholder={t('board.filter.any')}
        data={crimeHeads.map((key) => ({ value: key, label: t(`crimeHead.${key}`) }))}
        value={query.crime ?? null}
        onChange={set('crime')}
        clearable
        searchable
        className={classes.select}
      />
      <DateField
        size="xs"
        label={t('board.filter.from')}
        value={query.from}
        onChange={(value) => set('from')(value ?? null)}
        clearable
        className={classes.date}
      />
      <DateField
        size="xs"
        label={t('board.filter.to')}
        value={query.to}
        onChange={(value) => set('to')(value ?? null)}
        clearable
        className={classes.date}
      />
      <Select
        size="xs"
        label={t('case.priority')}
        placeholder={t('board.filter.any')}
        data={priorities.map((value) => ({ value, label: t(`priority.${value}`) }))}
        value={query.priority ?? null}
        onChange={set('priority')}
        clearable
        className={classes.small}
      />
      <TextFilter name="mo" label={t('board.filter.mo')} query={query} onChange={onChange} />
      <Select
        size="xs"
        label={t('board.filter.suspects')}
        placeholder={t('board.filter.any')}
        data={[
          { value: 'yes', label: t('board.filter.withSuspects') },
          { value: 'no', label: t('board.filter.withoutSuspects') },
        ]}
        value={query.suspects ?? null}
        onChange={set('suspects')}
        clearable
        className={classes.small}
      />
      {activeFilterCount(query) > 0 ? (
        <Button size="xs" variant="subtle" onClick={() => onChange({ case: query.case })}>
          {t('board.filter.clear', { count: activeFilterCount(query) })}
        </Button>
      ) : null}
    </Group>
  );
});
