import { randomBytes } from 'node:crypto';
import type { DemoSummary } from '../../shared/api/adminContract';
import type { ChangeIntent } from '../../shared/domain/change';
import { newRecordId } from '../../shared/domain/ids';
import { createChangeLog, type ChangeLog } from '../changes/changeLog';
import { linkId } from '../changes/linkId';
import { createNodeIdentity } from '../identity/nodeIdentity';
import type { NodeContext } from '../node/nodeContext';
import { getOffice } from '../repos/officeRepo';
import { preparePhoto, storePhoto, type PreparedPhoto } from '../photos/importPhoto';
import { syntheticPortrait } from '../photos/syntheticPhoto';
import { knownOffices, type KnownOffice } from './borderDistricts';
import { ranks } from './demoNames';
import { demoLookouts, type DemoWanted } from './demoLookouts';
import { demoCase, demoLogEntry, demoRegistration, demoSuspect } from './demoRecords';
import { scriptOf } from './demoPeople';
import { photoVariant } from './photoVariants';
import { seededRandom } from './random';
import { simulatedNodeLabel } from '../sync/heldBack';

export interface DemoOptions {
  cases: number;
  suspects: number;
  days: number;
  photos: number;
  logEntries: number;
  seed: number;
}

/** What the demo wrote: declared with the contract's `admin.demo`. */
export type { DemoSummary };

interface OfficeWriter {
  office: KnownOffice;
  log: ChangeLog;
  operatorId: string;
  pending: ChangeIntent[];
}

const batchSize = 2000;
const day = 86_400_000;

/**
 * Fills a node with realistic demo data: this office's records through its own change log,
 * and the other border offices' records as changes signed by their own (simulated) nodes,
 * as if synchronised. Names are in Hindi or Bengali with English forms; photos are
 * generated portraits; the log covers the last `days` days with replies and acknowledgements.
 */
export async function generateDemo(
  context: NodeContext,
  options: DemoOptions,
  progress: (line: string) => void = () => undefined,
): Promise<DemoSummary> {
  const { db } = context.store;
  const random = seededRandom(options.seed);
  const now = context.clock.now();
  const summary: DemoSummary = {
    offices: 0,
    cases: 0,
    suspects: 0,
    photos: 0,
    logEntries: 0,
    links: 0,
    changes: 0,
  };

  const writers: OfficeWriter[] = knownOffices.map((office) => {
    if (office.id === context.officeId) {
      return {
        office,
        log: context.changeLog,
        operatorId: context.session.operatorId,
        pending: [],
      };
    }
    const identity = createNodeIdentity();
    const log = createChangeLog({
      db,
      identity,
      hlc: context.hlc,
      clock: context.clock,
      officeId: office.id,
    });
    const operatorId = newRecordId(office.id, (size) => randomBytes(size));
    const { id, ...fields } = office;
    log.write(
      [
        { entity: 'office', recordId: id, op: 'create', body: { fields } },
        {
          entity: 'node',
          recordId: identity.nodeId.toLowerCase(),
          op: 'create',
          body: {
            fields: { officeId: id, publicKey: identity.publicKeyHex, label: simulatedNodeLabel },
          },
        },
        {
          entity: 'operator',
          recordId: operatorId,
          op: 'create',
          body: { fields: { name: 'Duty Officer', rank: random.pick(ranks) } },
        },
      ],
      operatorId,
    );
    summary.offices += 1;
    return { office, log, operatorId, pending: [] };
  });
  if (!writers.some((writer) => writer.office.id === context.officeId)) {
    const own = getOffice(db, context.officeId);
    if (own && own.policeStations.length > 0) {
      writers.push({
        office: own,
        log: context.changeLog,
        operatorId: context.session.operatorId,
        pending: [],
      });
    }
  }

  const flush = (writer: OfficeWriter, force = false) => {
    if (writer.pending.length === 0 || (!force && writer.pending.length < batchSize)) return;
    writer.log.write(writer.pending, writer.operatorId);
    summary.changes += writer.pending.length;
    writer.pending = [];
  };
  const flushAll = () => writers.forEach((writer) => flush(writer, true));
  const writerFor = (index: number) => writers[index % writers.length] as OfficeWriter;

  // Portraits are rendered for a pool; beyond it, distinct variants of pool photos.
  const pool: PreparedPhoto[] = [];
  const poolSize = 120;
  const demoPhoto = async (number: number): Promise<PreparedPhoto> => {
    if (number < poolSize) {
      const portrait = await syntheticPortrait(options.seed * 100_003 + number, {
        width: 480,
        height: 600,
      });
      pool.push(await preparePhoto(portrait));
      return pool[pool.length - 1] as PreparedPhoto;
    }
    return photoVariant(pool[number % pool.length] as PreparedPhoto, number);
  };
  // The first suspects get photos: one each, and every 50th of them a carousel of ten.
  // (One in 50 takes ten, so about 50 of every 59 photos go to distinct suspects.)
  const suspectsWithPhotos = Math.min(options.suspects, Math.ceil((options.photos * 50) / 59));
  let photosLeft = options.photos;
  const photosPerSuspect = (index: number) => {
    if (index >= suspectsWithPhotos || photosLeft <= 0) return 0;
    const wanted = index % 50 === 0 ? 10 : 1;
    const count = Math.min(wanted, photosLeft - (suspectsWithPhotos - index - 1), photosLeft);
    photosLeft -= Math.max(1, count);
    return Math.max(1, count);
  };

  const suspects: Array<{ id: string; name: string; writer: OfficeWriter }> = [];
  const wanted: DemoWanted<OfficeWriter>[] = [];
  for (let index = 0; index < options.suspects; index += 1) {
    const writer = writerFor(index);
    const suspect = demoSuspect(random, writer.office);
    const id = newRecordId(writer.office.id, (size) => randomBytes(size));
    const photoHashes: string[] = [];
    const photoCount = photosPerSuspect(index);
    for (let photo = 0; photo < photoCount; photo += 1) {
      const prepared = await demoPhoto(summary.photos);
      storePhoto(db, prepared, now);
      photoHashes.push(prepared.hash);
      summary.photos += 1;
    }
    writer.pending.push({
      entity: 'suspect',
      recordId: id,
      op: 'create',
      body: { fields: { ...suspect.fields, primaryPhoto: photoHashes[0] ?? null } },
    });
    const sets = {
      otherNames: suspect.otherNames,
      fatherOtherNames: suspect.fatherOtherNames,
      aliases: suspect.aliases,
      phones: suspect.phones,
      vehicles: suspect.vehicles,
      photos: photoHashes,
    };
    for (const [field, values] of Object.entries(sets)) {
      for (const value of values)
        writer.pending.push({ entity: 'suspect', recordId: id, op: 'add', body: { field, value } });
    }
    suspects.push({ id, name: suspect.fields.name, writer });
    if (suspect.fields.status === 'wanted' && suspect.fields.sharing === 'network')
      wanted.push({ id, writer, suspect, photo: photoHashes[0] ?? null });
    summary.suspects += 1;
    flush(writer);
    if ((index + 1) % 10_000 === 0) progress(`suspects: ${index + 1}`);
  }
  flushAll();
  for (const lookout of demoLookouts(random, wanted, now)) {
    lookout.writer.log.write([lookout.change], lookout.writer.operatorId);
    summary.changes += 1;
  }

  const firCounter = new Map<string, number>();
  const caseIds: string[] = [];
  for (let index = 0; index < options.cases; index += 1) {
    const writer = writerFor(index);
    const id = newRecordId(writer.office.id, (size) => randomBytes(size));
    writer.pending.push({
      entity: 'case',
      recordId: id,
      op: 'create',
      body: { fields: demoCase(random, writer.office, now, firCounter) },
    });
    caseIds.push(id);
    const linked =
      suspects.length === 0
        ? 0
        : random.weighted([
            [0, 3],
            [1, 4],
            [2, 2],
            [3, 1],
          ] as const);
    for (let count = 0; count < linked; count += 1) {
      const suspect = random.pick(suspects);
      const fields = {
        kind: 'suspect_case' as const,
        fromId: suspect.id,
        toId: id,
        role: count === 0 ? ('accused' as const) : ('suspect' as const),
      };
      writer.pending.push({
        entity: 'link',
        recordId: linkId(fields),
        op: 'add',
        body: { fields },
      });
      summary.links += 1;
    }
    summary.cases += 1;
    flush(writer);
    if ((index + 1) % 10_000 === 0) progress(`cases: ${index + 1}`);
  }
  flushAll();

  const requests: Array<{ id: string; writer: OfficeWriter }> = [];
  for (let index = 0; index < options.logEntries; index += 1) {
    const writer = writerFor(random.int(0, writers.length - 1));
    const dayStart =
      now - Math.floor((index / Math.max(1, options.logEntries)) * options.days) * day;
    const at = Math.min(now, dayStart - random.int(0, day - 1));
    const suspect = suspects.length > 0 ? random.pick(suspects) : undefined;
    const request =
      requests.length > 0 && random.chance(0.25)
        ? requests[random.int(0, requests.length - 1)]
        : undefined;
    const replyTo = request && request.writer !== writer ? request.id : null;
    // A reply (and its acknowledgement) needs the request written first.
    if (request && replyTo) flush(request.writer, true);
    const id = newRecordId(writer.office.id, (size) => randomBytes(size));
    const fields = demoLogEntry(
      random,
      at,
      {
        script: scriptOf(writer.office),
        suspectName: suspect?.name ?? 'unknown person',
        place: random.pick(writer.office.policeStations),
        station: random.pick(writer.office.policeStations),
        vehicle: demoRegistration(random),
        addressedTo:
          writers.length > 1 && random.chance(0.6)
            ? [random.pick(writers.filter((other) => other !== writer)).office.id]
            : [],
        caseIds: caseIds.length > 0 && random.chance(0.4) ? [random.pick(caseIds)] : [],
        suspectIds: suspect && random.chance(0.5) ? [suspect.id] : [],
      },
      replyTo,
    );
    writer.pending.push({ entity: 'log', recordId: id, op: 'create', body: { fields } });
    if (replyTo)
      writer.pending.push({
        entity: 'log',
        recordId: replyTo,
        op: 'add',
        body: { field: 'acks', value: writer.office.id },
      });
    if (fields.category === 'request') requests.push({ id, writer });
    if (requests.length > 200) requests.shift();
    summary.logEntries += 1;
    flush(writer);
  }
  flushAll();
  return summary;
}
