import { crimeHeads } from '../../../shared/domain/crimeHeads';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
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

type FilterKey = Exclude<keyof BoardQuery, 'case'>;
type TextKey = 'mo' | 'q';
/** Sets one filter, keeping the others as they are now. */
type SetFilter = (key: FilterKey, value: string | undefined) => void;

/** A text filter applied once typing pauses, or at once on Enter. */
const TextFilter = memo(function TextFilter({
  name,
  label,
  applied,
  onSet,
}: {
  name: TextKey;
  label: string;
  /** The value in force (the address's). */
  applied: string;
  onSet: SetFilter;
}) {
  const [value, setValue] = useState(applied);
  const [seen, setSeen] = useState(applied);
  if (seen !== applied) {
    setSeen(applied);
    setValue(applied);
  }
  useEffect(() => {
    if (value.trim() === applied) return undefined;
    const timer = setTimeout(() => onSet(name, value.trim()), typingDelayMs);
    return () => clearTimeout(timer);
  }, [value, applied, name, onSet]);
  return (
    <TextInput
      size="xs"
      label={label}
      value={value}
      onChange={(event) => setValue(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onSet(name, value.trim());
      }}
      className={classes.text}
    />
  );
});

interface ChoiceFilterProps {
  name: FilterKey;
  label: string;
  placeholder: string;
  data: Array<{ value: string; label: string }>;
  value: string | undefined;
  onSet: SetFilter;
  searchable?: boolean;
  className?: string;
}

/** A filter picked from a list. Memoised: a change to another filter does not draw it again. */
const ChoiceFilter = memo(function ChoiceFilter({
  name,
  value,
  onSet,
  ...rest
}: ChoiceFilterProps) {
  return (
    <Select
      size="xs"
      {...rest}
      value={value ?? null}
      onChange={(next) => onSet(name, next ?? undefined)}
      clearable
    />
  );
});

/** A date filter, memoised as ChoiceFilter is. */
const DateFilter = memo(function DateFilter({
  name,
  label,
  value,
  onSet,
}: {
  name: 'from' | 'to';
  label: string;
  value: string | undefined;
  onSet: SetFilter;
}) {
  return (
    <DateField
      size="xs"
      label={label}
      value={value}
      onChange={(next) => onSet(name, next)}
      clearable
      className={classes.date}
    />
  );
});

export interface BoardFiltersProps {
  query: BoardQuery;
  onChange: (next: BoardQuery) => void;
  offices: OfficeView[];
}

/**
 * The board's filters; every change goes to the address, so the view can be reopened. Each
 * control is memoised with a stable handler, so a filter change draws only the control that
 * changed: the board's new lanes are drawn sooner.
 */
export const BoardFilters = memo(function BoardFilters({
  query,
  onChange,
  offices,
}: BoardFiltersProps) {
  const { language, t } = useI18n();
  const latest = useRef({ query, onChange });
  useLayoutEffect(() => {
    latest.current = { query, onChange };
  });
  const set = useCallback<SetFilter>((key, value) => {
    const { query: current, onChange: change } = latest.current;
    change({ ...current, [key]: value });
  }, []);
  const officeData = useMemo(
    () => offices.map((office) => ({ value: office.id, label: officeName(office, language) })),
    [offices, language],
  );
  const stationData = useMemo(() => {
    const stations = [...new Set(offices.flatMap((office) => office.policeStations))].sort();
    const listed = query.ps && !stations.includes(query.ps) ? [query.ps, ...stations] : stations;
    return listed.map((station) => ({
      value: station,
      label: policeStationName(station, language),
    }));
  }, [offices, language, query.ps]);
  const crimeData = useMemo(
    () => crimeHeads.map((key) => ({ value: key, label: t(`crimeHead.${key}`) })),
    [t],
  );
  const priorityData = useMemo(
    () => priorities.map((value) => ({ value, label: t(`priority.${value}`) })),
    [t],
  );
  const suspectsData = useMemo(
    () => [
      { value: 'yes', label: t('board.filter.withSuspects') },
      { value: 'no', label: t('board.filter.withoutSuspects') },
    ],
    [t],
  );
  const any = t('board.filter.any');
  const active = activeFilterCount(query);
  return (
    <Group
      gap="xs"
      align="flex-end"
      wrap="wrap"
      role="search"
      aria-label={t('board.filter.label')}
      className={classes.filters}
    >
      <TextFilter name="q" label={t('board.filter.text')} applied={query.q ?? ''} onSet={set} />
      <ChoiceFilter
        name="office"
        label={t('board.filter.office')}
        placeholder={any}
        data={officeData}
        value={query.office}
        onSet={set}
        searchable
        className={classes.select}
      />
      <ChoiceFilter
        name="ps"
        label={t('case.policeStation')}
        placeholder={any}
        data={stationData}
        value={query.ps}
        onSet={set}
        searchable
        className={classes.select}
      />
      <ChoiceFilter
        name="crime"
        label={t('board.filter.crimeHead')}
        placeholder={any}
        data={crimeData}
        value={query.crime}
        onSet={set}
        searchable
        className={classes.select}
      />
      <DateFilter name="from" label={t('board.filter.from')} value={query.from} onSet={set} />
      <DateFilter name="to" label={t('board.filter.to')} value={query.to} onSet={set} />
      <ChoiceFilter
        name="priority"
        label={t('case.priority')}
        placeholder={any}
        data={priorityData}
        value={query.priority}
        onSet={set}
        className={classes.small}
      />
      <TextFilter name="mo" label={t('board.filter.mo')} applied={query.mo ?? ''} onSet={set} />
      <ChoiceFilter
        name="suspects"
        label={t('board.filter.suspects')}
        placeholder={any}
        data={suspectsData}
        value={query.suspects}
        onSet={set}
        className={classes.small}
      />
      {active > 0 ? (
        <Button size="xs" variant="subtle" onClick={() => onChange({ case: query.case })}>
          {t('board.filter.clear', { count: active })}
        </Button>
      ) : null}
    </Group>
  );
});
