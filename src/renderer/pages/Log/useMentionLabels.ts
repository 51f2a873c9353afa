import { useEffect, useRef, useState } from 'react';
import type { LogEntryView } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import { useI18n } from '../../i18n/I18nProvider';

type Known =
  | { kind: 'case'; firNumber: string; firYear: number; policeStation: string }
  | { kind: 'suspect'; name: string };

/**
 * Labels for the cases and suspects the day's entries link to, fetched once each
 * (`cases.get`, `suspects.detail`) and written in the operator's language.
 */
export function useMentionLabels(
  entries: readonly LogEntryView[],
): (kind: 'case' | 'suspect', id: string) => string | undefined {
  const client = useClient();
  const { t } = useI18n();
  const [known, setKnown] = useState<ReadonlyMap<string, Known>>(new Map());
  const requested = useRef(new Set<string>());
  const wanted = [
    ...new Set(
      entries.flatMap((entry) => [
        ...entry.caseIds.map((id) => `case:${id}`),
        ...entry.suspectIds.map((id) => `suspect:${id}`),
      ]),
    ),
  ].join(' ');

  useEffect(() => {
    const remember = (key: string, value: Known) =>
      setKnown((current) => new Map(current).set(key, value));
    for (const key of wanted ? wanted.split(' ') : []) {
      if (requested.current.has(key)) continue;
      requested.current.add(key);
      // Record ids may hold colons themselves (`jh-dhanbad:…`): split at the first only.
      const kind = key.slice(0, key.indexOf(':'));
      const id = key.slice(key.indexOf(':') + 1);
      const load =
        kind === 'case'
          ? client.call('cases.get', { id }).then((found) => ({
              kind: 'case' as const,
              firNumber: found.firNumber,
              firYear: found.firYear,
              policeStation: found.policeStation,
            }))
          : client
              .call('suspects.detail', { id })
              .then((found) => ({ kind: 'suspect' as const, name: found.name }));
      load.then(
        (value) => remember(key, value),
        // Not here (a record another office keeps to itself): the chip shows the id.
        () => undefined,
      );
    }
  }, [client, wanted]);

  return (kind, id) => {
    const found = known.get(`${kind}:${id}`);
    if (!found) return undefined;
    if (found.kind === 'suspect') return found.name;
    const fir = t('case.fir', { number: found.firNumber, year: String(found.firYear) });
    return `${fir} · ${found.policeStation}`;
  };
}
