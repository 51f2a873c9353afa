import type { Client } from '../../../shared/api/client';
import type { DossierEdits } from './useLastEdit';

/** What every dossier section needs to show and change the record. */
export interface DossierActions {
  id: string;
  client: Client;
  canEdit: boolean;
  edits: DossierEdits;
  confirm: (message: string) => Promise<boolean>;
  officeNameOf: (id: string) => string;
  hrefOf: (id: string) => string;
}
