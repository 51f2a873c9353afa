import type { CaseLane, Priority, SharingScope } from '../domain/enums';
import type { CaseFields } from '../domain/records';

/** What the UI reads: plain JSON views of records, built by core. */

export interface OfficeView {
  id: string;
  nameEn: string;
  nameHi: string;
  nameBn: string;
  state: string;
  district: string;
  policeStations: string[];
}

export interface OperatorView {
  id: string;
  name: string;
  rank: string;
  officeId: string;
}

export interface SessionStatus {
  state: 'new' | 'locked' | 'unlocked';
  nodeId?: string;
  office?: OfficeView;
  operator?: OperatorView;
  /** Slots the key file offers for unlocking. */
  unlockWith: Array<'passphrase' | 'recovery' | 'os'>;
}

export interface InitResult {
  nodeId: string;
  recoveryKey: string;
}

export interface CaseCard {
  id: string;
  officeId: string;
  policeStation: string;
  firNumber: string;
  firYear: number;
  crimeHead: string;
  occurredAt: number;
  propertyValue: number;
  lane: CaseLane;
  priority: Priority;
  sharing: SharingScope;
  updatedAt: number;
  suspectCount: number;
}

export interface CasePage {
  total: number;
  items: CaseCard[];
}

export interface CaseDetail extends CaseFields {
  id: string;
  officeId: string;
  createdAt: number;
  updatedAt: number;
  vehicles: string[];
  tags: string[];
  canEdit: boolean;
}

export interface Stats {
  nodeId: string;
  officeId: string;
  officeName: string;
  counts: {
    offices: number;
    nodes: number;
    operators: number;
    cases: number;
    suspects: number;
    photos: number;
    links: number;
    logEntries: number;
    notes: number;
    vehicles: number;
  };
  changes: number;
  commits: number;
}
