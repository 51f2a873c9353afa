import { describe, expect, it } from 'vitest';
import type { Change, ChangeIntent } from '../../shared/domain/change';
import { createChangeLog } from '../changes/changeLog';
import { createHlc } from '../changes/hlc';
import { createNodeIdentity } from '../identity/nodeIdentity';
import { memoryDb } from '../testing/memoryDb';
import { createShareDecision } from './shareDecision';

const office = 'jh-dhanbad';
const clock = { now: () => 1_764_000_000_000 };

function caseIntent(id: string, sharing: 'local' | 'network'): ChangeIntent {
  const fields = {
    policeStation: 'Nirsa',
    firNumber: id.length.toString(),
    firYear: 2026,
    sections: ['BNS 309(4)'],
    crimeHead: 'Robbery',
    occurredAt: clock.now(),
    place: '',
    propertyValue: 0,
    mo: '',
    summary: '',
    lane: 'reported',
    priority: 'normal',
    sharing,
  };
  return { entity: 'case', recordId: id, op: 'create', body: { fields } };
}

describe('share decision', () => {
  const db = memoryDb();
  const identity = createNodeIdentity();
  const log = createChangeLog({ db, identity, hlc: createHlc(clock), clock, officeId: office });
  const local = `${office}:local-case`;
  const shared = `${office}:shared-case`;
  log.write([caseIntent(local, 'local'), caseIntent(shared, 'network')], 'op');
  const decision = createShareDecision(db);
  const change = (
    entity: Change['entity'],
    op: Change['op'],
    body: Change['body'],
    recordId = `${office}:x`,
  ): Change => ({
    origin: identity.nodeId,
    seq: 1,
    hlc: '001764000000000.000000',
    office,
    operator: 'op',
    entity,
    recordId,
    op,
    body,
  });
  const leaves = (value: Change) => !decision.isLocal(value);

  it('keeps a local record and every change to it home, lets a network one go', () => {
    expect(leaves(change('case', 'update', { fields: { lane: 'arrested' } }, local))).toBe(false);
    expect(leaves(change('case', 'add', { field: 'tags', value: 'informer' }, local))).toBe(false);
    expect(leaves(change('case', 'update', { fields: { lane: 'arrested' } }, shared))).toBe(true);
    expect(leaves(change('operator', 'create', { fields: { name: 'A', rank: 'SI' } }))).toBe(true);
  });

  it('keeps home notes on local records, links touching one, and log entries only about them', () => {
    const note = (targetId: string) =>
      change('note', 'create', { fields: { targetEntity: 'case', targetId, text: 'seen' } });
    expect(leaves(note(local))).toBe(false);
    expect(leaves(note(shared))).toBe(true);
    const link = (fromId: string, toId: string) =>
      change('link', 'add', { fields: { kind: 'case_case', fromId, toId, role: 'related' } });
    expect(leaves(link(shared, local))).toBe(false);
    expect(leaves(link(shared, `${office}:elsewhere`))).toBe(true);
    const entry = (caseIds: string[]) =>
      change('log', 'create', { fields: { caseIds, suspectIds: [], text: 'x' } });
    expect(leaves(entry([local]))).toBe(false);
    expect(leaves(entry([local, shared]))).toBe(true);
    expect(leaves(entry([]))).toBe(true);
  });

  it('turning a local record to network writes a full-state snapshot into the same commit', () => {
    log.write(
      [{ entity: 'case', recordId: local, op: 'add', body: { field: 'tags', value: 'informer' } }],
      'op',
    );
    const written = log.write(
      [{ entity: 'case', recordId: local, op: 'update', body: { fields: { sharing: 'network' } } }],
      'op',
    );
    expect(written.map((item) => [item.op, item.body.field ?? null])).toEqual([
      ['update', null],
      ['create', null],
      ['add', 'tags'],
    ]);
    expect(written[1]?.body.fields).toMatchObject({ sharing: 'network', policeStation: 'Nirsa' });
    expect(leaves(change('case', 'update', { fields: { lane: 'arrested' } }, local))).toBe(true);
  });
});
