import { useCallback, useMemo } from 'react';
import { useCall } from '../api/useLoader';
import { useI18n } from '../i18n/I18nProvider';
import { officeName } from './officeName';

/** An office's name in the operator's language, from its id (the id while offices load). */
export function useOfficeLabel(): (officeId: string) => string {
  const { language } = useI18n();
  const offices = useCall('offices.list', {}, { refreshOn: ['office'] });
  const list = useMemo(() => offices.data ?? [], [offices.data]);
  return useCallback(
    (officeId: string) => {
      const office = list.find((candidate) => candidate.id === officeId);
      return office ? officeName(office, language) : officeId;
    },
    [list, language],
  );
}
