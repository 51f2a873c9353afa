import type { SyncOnceProgressView, SyncRefusalView } from '../../shared/api/adminNodeContract';
import type { HeldBackView } from '../../shared/api/views';
import { oneLine } from '../oneLine';

/** What `samanvay sync --once --json` prints. */
export interface OnceReport {
  peer: string;
  inSync: boolean;
  /** Changes sent and newly received in this run. */
  sent: number;
  received: number;
  /** Changes still held on one side only (refused origins included). */
  changesToSend: number;
  changesToReceive: number;
  refused: Array<SyncRefusalView & { side: 'here' | 'peer' }>;
  photosToSend: number;
  photosToReceive: number;
  /** Records the peer refused, by who signed them, and why. */
  heldBack: HeldBackView[];
  /** Why the peer could not be reached or refused this node, if it did. */
  failure: { code: string; message: string } | null;
  ms: number;
}

/** Builds the report from the session's and the status's figures. */
export function onceReport(input: {
  peer: string;
  settled: boolean;
  report: SyncOnceProgressView['report'];
  changesToSend: number;
  changesToReceive: number;
  heldBack: HeldBackView[];
  failure: { code: string; message: string } | null;
  ms: number;
}): OnceReport {
  const report = input.report;
  const refused = [
    ...(report?.refusedHere ?? []).map((refusal) => ({ ...refusal, side: 'here' as const })),
    ...(report?.refusedThere ?? []).map((refusal) => ({ ...refusal, side: 'peer' as const })),
  ];
  const photosToSend = report?.photosToSend ?? 0;
  const photosToReceive = report?.photosToReceive ?? 0;
  const inSync =
    input.settled &&
    refused.length === 0 &&
    input.changesToSend === 0 &&
    input.changesToReceive === 0 &&
    photosToSend === 0 &&
    photosToReceive === 0;
  return {
    peer: input.peer,
    inSync,
    sent: report?.sent ?? 0,
    received: report?.received ?? 0,
    changesToSend: input.changesToSend,
    changesToReceive: input.changesToReceive,
    refused,
    photosToSend,
    photosToReceive,
    heldBack: input.heldBack,
    failure: input.settled ? null : input.failure,
    ms: input.ms,
  };
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** The one line saying why a `--once` run is not in sync: counts, then the first reason. */
export function notInSyncLine(report: OnceReport): string {
  const parts: string[] = [];
  const describe = (side: 'here' | 'peer') => {
    const list = report.refused.filter((refusal) => refusal.side === side);
    const commits = list.filter((refusal) => refusal.scope === 'commit').length;
    const changes = list.length - commits;
    const first = list[0];
    if (!first) return;
    const what = [
      commits > 0 ? plural(commits, 'commit') : '',
      changes > 0 ? plural(changes, 'change') : '',
    ]
      .filter(Boolean)
      .join(' and ');
    const who = side === 'peer' ? 'the peer refused' : 'this node refused';
    parts.push(`${who} ${what} (${first.code}: ${oneLine(first.detail)})`);
  };
  describe('peer');
  describe('here');
  if (report.changesToSend > 0)
    parts.push(`${plural(report.changesToSend, 'change')} still to send`);
  if (report.changesToReceive > 0)
    parts.push(`${plural(report.changesToReceive, 'change')} still to receive`);
  if (report.photosToSend > 0) parts.push(`${plural(report.photosToSend, 'photo')} still to send`);
  if (report.photosToReceive > 0)
    parts.push(`${plural(report.photosToReceive, 'photo')} still to receive`);
  if (report.failure) parts.unshift(`${report.failure.message} (${report.failure.code})`);
  if (parts.length === 0) parts.push('the exchange did not finish in time (SYNC_TIMEOUT)');
  return `Not in sync with ${report.peer}: ${parts.join('; ')}`;
}

/** One line saying what stays behind and why. */
export function heldBackLine(view: HeldBackView): string {
  const who = view.simulated
    ? `the demo's simulated workstation of ${view.officeId ?? '?'} (${view.origin})`
    : `node ${view.origin} of ${view.officeId ?? '?'}`;
  const what = `${view.cases} cases, ${view.suspects} suspects and ${view.logEntries} log entries`;
  const why =
    view.code === 'UNKNOWN_NODE'
      ? `the peer takes ${view.officeId ?? 'that office'}'s records only from computers paired with it or vouched for by its office`
      : `the peer refused them (${view.code}: ${oneLine(view.detail)})`;
  return `${what} signed by ${who} stay here: ${why}.`;
}
