import { useCallback, useEffect, useRef, useState } from 'react';
import type { LogEntryView, MentionLabels } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { caseTitle } from '../../format/caseTitle';

type Known = MentionLabels['cases'][number] | MentionLabels['suspects'][number];

/** `mentions.labels` takes up to this many ids of each kind per call. */
const batchSize = 500;

/**
 * Labels for the cases and suspects the shown entries link to: asked for in one call per
 * batch of ids not yet known (`mentions.labels`), and written in the operator's language.
 */
export function useMentionLabels(
  entries: readonly LogEntryView[],
): (kind: 'case' | 'suspect', id: string) => string | undefined {
  const client = useClient();
  const { t, language } = useI18n();
  const [known, setKnown] = useState<ReadonlyMap<string, Known>>(new Map());
  const requested = useRef(new Set<string>());
  const wanted = [
    ...new Set(
      entries.flatMap((entry) => [
        ...entry.caseIds.map((id) => `case ${id}`),
        ...entry.suspectIds.map((id) => `suspect ${id}`),
      ]),
    ),
  ].join('\n');

  useEffect(() => {
    const missing = (wanted ? wanted.split('\n') : []).filter((key) => !requested.current.has(key));
    for (const key of missing) requested.current.add(key);
    const idsOf = (kind: string) =>
      missing.filter((key) => key.startsWith(`${kind} `)).map((key) => key.slice(kind.length + 1));
    const caseIds = idsOf('case');
    const suspectIds = idsOf('suspect');
    for (let start = 0; start < Math.max(caseIds.length, suspectIds.length); start += batchSize) {
      client
        .call('mentions.labels', {
          caseIds: caseIds.slice(start, start + batchSize),
          suspectIds: suspectIds.slice(start, start + batchSize),
        })
        .then(
          ({ cases, suspects }) =>
            setKnown((current) => {
              const next = new Map(current);
              for (const found of cases) next.set(`case ${found.id}`, found);
              for (const found of suspects) next.set(`suspect ${found.id}`, found);
              return next;
            }),
          // Not answered (a record another office keeps to itself): the chip shows the id.
          () => undefined,
        );
    }
  }, [client, wanted]);

  return useCallback(
    (kind: 'case' | 'suspect', id: string) => {
      const found = known.get(`${kind} ${id}`);
      if (!found) return undefined;
      if ('name' in found) return found.name;
      // The title names the police station already (`Nirsa PS Case No. 12/2025`).
      return caseTitle(t, language, found);
    },
    [known, t, language],
  );
}
