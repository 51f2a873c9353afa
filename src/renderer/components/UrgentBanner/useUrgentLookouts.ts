import { useEffect, useRef, useState } from 'react';
import type { LogEntryView, OfficeView } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/languages';
import type { Translate } from '../../i18n/messages';
import { askPermission, canAskPermission, notify } from './desktopNotifications';

/** A lookout older than this, arriving late from a catch-up, is not raised as urgent. */
const urgentForMs = 12 * 3_600_000;
/** A batch larger than this is a catch-up sync, not the news of the moment. */
const largestLiveBatch = 50;

export interface UrgentLookouts {
  /** Newest first, each once. */
  waiting: LogEntryView[];
  offices: OfficeView[] | undefined;
  remove: (id: string) => void;
}

/**
 * The urgent lookouts to alert the operator to: those core announces (`lookout.urgent`), and,
 * in case core announces only the ones posted here, urgent entries among log records that
 * arrive from other nodes (`record.changed`, origin remote). Each entry is raised once, with
 * a desktop notification where permitted.
 */
export function useUrgentLookouts(officeId: string | undefined, now = Date.now): UrgentLookouts {
  const client = useClient();
  const { language, t } = useI18n();
  const [waiting, setWaiting] = useState<LogEntryView[]>([]);
  const [offices, setOffices] = useState<OfficeView[] | undefined>(undefined);
  const latest = useRef<{ t: Translate; language: Language; officeId: string | undefined }>({
    t,
    language,
    officeId,
  });
  useEffect(() => {
    latest.current = { t, language, officeId };
  }, [t, language, officeId]);

  useEffect(() => {
    const raised = new Set<string>();
    let officesLoad: Promise<OfficeView[]> | undefined;
    const raise = (entry: LogEntryView) => {
      if (raised.has(entry.id)) return;
      raised.add(entry.id);
      setWaiting((current) => [entry, ...current.filter((item) => item.id !== entry.id)]);
      officesLoad ??= client.call('offices.list', {}).catch(() => []);
      void officesLoad.then((list) => {
        setOffices(list);
        const office = list.find((item) => item.id === entry.officeId);
        const name = office ? officeName(office, latest.current.language) : entry.officeId;
        notify(latest.current.t('log.notification.title', { office: name }), entry.text, entry.id);
      });
      if (canAskPermission()) void askPermission();
    };
    const announced = client.subscribe('lookout.urgent', raise);
    const arrived = client.subscribe('record.changed', ({ entity, ids, origin }) => {
      if (entity !== 'log' || origin !== 'remote' || ids.length > largestLiveBatch) return;
      for (const id of ids) {
        if (raised.has(id)) continue;
        client.call('log.thread', { id }).then(
          (thread) => {
            const entry = thread.find((item) => item.id === id);
            const acked = entry?.acks.includes(latest.current.officeId ?? '');
            if (entry?.urgent && !acked && now() - entry.at < urgentForMs) raise(entry);
          },
          () => undefined,
        );
      }
    });
    return () => {
      announced();
      arrived();
    };
  }, [client, now]);

  return {
    waiting,
    offices,
    remove: (id) => setWaiting((current) => current.filter((item) => item.id !== id)),
  };
}
