import { useEffect, useState } from 'react';
import type { MentionOption } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import type { MentionToken } from './composeText';

/** Waits for a pause in typing before asking core. */
const searchDelayMs = 120;

export interface MentionSuggestions {
  /** The results for the token being typed (the last ones while new ones load); undefined while none is being typed. */
  options: MentionOption[] | undefined;
  /** The options answer what is typed now (not a search still on its way). */
  fresh: boolean;
  active: number;
  setActive: (index: number) => void;
}

/** Searches cases (`#`) or suspects (`@`) for the mention being typed. */
export function useMentionSuggestions(token: MentionToken | undefined): MentionSuggestions {
  const client = useClient();
  const [result, setResult] = useState<{ key: string; options: MentionOption[] } | undefined>();
  const [active, setActive] = useState(0);
  const key = token ? `${token.kind}:${token.query}` : '';

  useEffect(() => {
    if (!key) return undefined;
    const [kind, ...rest] = key.split(':');
    const query = rest.join(':');
    let current = true;
    const timer = setTimeout(() => {
      client
        .call('mentions.search', { kind: kind === 'case' ? 'case' : 'suspect', query, limit: 8 })
        .then(
          (options) => {
            if (!current) return;
            setResult({ key, options });
            setActive(0);
          },
          () => current && setResult({ key, options: [] }),
        );
    }, searchDelayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, key]);

  const sameKind = Boolean(token && result?.key.startsWith(`${token.kind}:`));
  const options = sameKind ? result?.options : undefined;
  return {
    options,
    fresh: result?.key === key,
    active: Math.min(active, Math.max(0, (options?.length ?? 1) - 1)),
    setActive,
  };
}
