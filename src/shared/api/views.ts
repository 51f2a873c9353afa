import type { CaseLane, LogCategory, Priority, SharingScope, SuspectStatus } from '../domain/enums';
import type { CaseFields, SuspectFields } from '../domain/records';
import type { CrimeHead } from '../domain/crimeHeads';
import type { SuspectExtraSetValues } from '../domain/recordExtras';

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
  crimeHead: CrimeHead;
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
  /** Proofs kept of a node signing two versions of the same changes (see the sync log). */
  equivocations: number;
}

/** Who changed a record last, for "updated by the other side" highlighting. */
export interface ChangeMark {
  updatedAt: number;
  /** The office whose change is the latest. */
  updatedByOffice: string;
  /** Another office changed it after this operator last opened it. */
  updatedByOther: boolean;
}

export interface SuspectThumb {
  id: string;
  name: string;
  photo: string | null;
  role: string;
}

export interface CaseBoardCard extends CaseCard, ChangeMark {
  suspects: SuspectThumb[];
}

export interface BoardLane {
  total: number;
  items: CaseBoardCard[];
}

export interface CaseBoard {
  lanes: Record<CaseLane, BoardLane>;
}

export interface NoteView {
  id: string;
  officeId: string;
  operatorName: string;
  text: string;
  createdAt: number;
}

export interface HistoryEntry {
  origin: string;
  seq: number;
  at: number;
  officeId: string;
  operatorName: string;
  op: 'create' | 'update' | 'delete' | 'add' | 'remove';
  /** Fields a create/update set, or the set element an add/remove touched. */
  fields: Record<string, unknown>;
  status: 'applied' | 'pending' | 'refused';
}

export interface LinkedCase {
  id: string;
  firNumber: string;
  firYear: number;
  policeStation: string;
  crimeHead: CrimeHead;
  lane: CaseLane;
  officeId: string;
  role: string;
}

export interface CaseFullDetail extends CaseDetail, ChangeMark {
  suspects: SuspectThumb[];
  linkedCases: LinkedCase[];
  notes: NoteView[];
  history: HistoryEntry[];
}

export interface SuspectCard extends ChangeMark {
  id: string;
  officeId: string;
  name: string;
  otherNames: string[];
  age: number | null;
  status: SuspectStatus;
  gang: string;
  primaryPhoto: string | null;
  caseCount: number;
}

export interface SuspectPage {
  total: number;
  items: SuspectCard[];
}

export interface SuspectFullDetail extends SuspectFields, SuspectExtraSetValues, ChangeMark {
  id: string;
  officeId: string;
  createdAt: number;
  aliases: string[];
  otherNames: string[];
  phones: string[];
  vehicles: string[];
  photos: string[];
  cases: LinkedCase[];
  associates: SuspectThumb[];
  notes: NoteView[];
  /** Each status change with the date, source and place (jail, court) given with it. */
  statusHistory: Array<{
    status: SuspectStatus;
    at: number;
    officeId: string;
    date: string | null;
    source: string;
    place: string;
  }>;
  history: HistoryEntry[];
  canEdit: boolean;
}

export interface SimilarSuspect {
  suspect: SuspectCard;
  score: number;
  reasons: Array<'name' | 'alias' | 'fatherName' | 'age' | 'address' | 'phone' | 'vehicle'>;
}

export interface PhotoData {
  hash: string;
  /** `data:image/jpeg;base64,…`, or null while the photo has not arrived from its office. */
  dataUrl: string | null;
  width: number;
  height: number;
}

export interface LogEntryView {
  id: string;
  officeId: string;
  operatorName: string;
  at: number;
  category: LogCategory;
  text: string;
  urgent: boolean;
  replyTo: string | null;
  caseIds: string[];
  suspectIds: string[];
  vehicles: string[];
  photos: string[];
  /** Offices that have acknowledged the entry. */
  acks: string[];
  /** Offices the entry is addressed to (none: every office). */
  addressedTo: string[];
  /** A request's memo or radiogram number. */
  memoNumber: string;
  /** When a request is due to be answered. */
  dueAt: number | null;
  /** Offices that closed the request for themselves (the sender closes it for all). */
  closes: string[];
  /** Offices that replied to the entry. */
  repliedBy: string[];
  /** The incoming operator of a shift handover. */
  incomingOperator: string;
  replyCount: number;
}

/** A page of one log day: its newest threads, whole, and how much of the day is earlier. */
export interface LogDayView {
  /** The entries of the threads on this page, in time order. */
  entries: LogEntryView[];
  /** Threads of the day older than those on this page (null when counts were not asked for). */
  earlierThreads: number | null;
  /** Entries of the whole day, replies included (null when counts were not asked for). */
  entryCount: number | null;
}

/** How big one log day is: its entries (replies from later days included) and its threads. */
export interface LogDayCounts {
  entryCount: number;
  threads: number;
}

/** A request past its due time and the offices it still waits on. */
export interface OverdueRequest {
  entry: LogEntryView;
  waitingOn: string[];
}

/** Overdue requests, how many wait on each office, and this office's two counts. */
export interface OverdueRequests {
  /** The oldest overdue requests (at most 200; the counts below cover every one). */
  requests: OverdueRequest[];
  perOffice: Record<string, number>;
  /** Overdue requests this office has not answered. */
  waitingOnUs: number;
  /** This office's requests overdue at some other office. */
  oursWaiting: number;
}

/** A recorded shift handover and what the incoming operator takes over. */
export interface Handover {
  entry: LogEntryView;
  openRequests: OverdueRequest[];
  urgent: LogEntryView[];
  unacknowledged: LogEntryView[];
}

export interface MentionOption {
  id: string;
  kind: 'case' | 'suspect';
  /** In English (`Nirsa PS Case No. 12/2025 · theft`); the UI writes a case from `caseNumber`. */
  label: string;
  /** What names a case, for its title in the operator's language. */
  caseNumber?: { policeStation: string; firNumber: string; firYear: number; crimeHead: string };
}

/** What a log entry's links show: enough to name a case or a suspect, nothing more. */
export interface MentionLabels {
  cases: Array<{ id: string; firNumber: string; firYear: number; policeStation: string }>;
  suspects: Array<{ id: string; name: string }>;
}

/** One paired peer on the Sync screen. */
export interface SyncPeerView {
  nodeId: string;
  /** The office bound at pairing; null if paired before offices were bound (pair again). */
  officeId: string | null;
  /** Whether its full public key has been pinned (at first contact). */
  keyPinned: boolean;
  address: string;
  online: boolean;
  /** Last time a session with it was open (epoch ms), null if never. */
  lastContact: number | null;
  /** Changes this node holds that the peer lacks, as last known (a count of sequence numbers). */
  changesToSend: number;
  /** Changes the peer holds that this node lacks, as last known. */
  changesToReceive: number;
  /** Photos this node is fetching (or will fetch) from the peer. */
  photosWaiting: number;
  bytesSent: number;
  bytesReceived: number;
  /** The photo being fetched now, if any. */
  transfer: { hash: string; received: number; total: number } | null;
  /** Code of the last failure (PEER_UNREACHABLE, SYNC_TIMEOUT…), null if none. */
  lastError: string | null;
  /** Records this node holds that the peer refused, by the node that signed them, and why. */
  heldBack: HeldBackView[];
}

/** Records the peer refused because of who signed them (a demo's simulated workstation, say). */
export interface HeldBackView {
  /** The node that signed them. */
  origin: string;
  officeId: string | null;
  /** A workstation the demo generator simulated in this database. */
  simulated: boolean;
  code: string;
  detail: string;
  cases: number;
  suspects: number;
  logEntries: number;
}

/** The Sync screen: this node, its listener, its peers, and what the log holds. */
export interface SyncStatusView {
  running: boolean;
  nodeId: string;
  /** HOST:PORT this node accepts peers on, null if it only dials. */
  listening: string | null;
  /** The listen address saved in this node's settings (HOST:PORT), null if none. */
  listenSetting: string | null;
  peers: SyncPeerView[];
  /** Photos some record refers to that have not arrived yet (shown as placeholders). */
  missingPhotos: number;
  refusedConnections: number;
  rejectedChanges: number;
}

/** One line of the sync log: a refused connection, a rejected change, a peer error. */
export interface SyncLogView {
  id: number;
  at: number;
  kind: 'refused' | 'rejected' | 'error';
  /** The node id the other side presented ('' if none). */
  peer: string;
  address: string;
  code: string;
  detail: string;
}
