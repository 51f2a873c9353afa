/**
 * The classic offline-first anchor for bench/sync: PouchDB replicating one database to another
 * over HTTP on loopback (express-pouchdb serving the target), on the memory adapter on both
 * sides (leveldown's native build is not available here), with documents shaped like cases.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

interface PouchDatabase {
  bulkDocs(docs: object[]): Promise<unknown>;
  replicate: {
    to(
      target: string,
      options: { batch_size: number; batches_limit: number },
    ): Promise<{ docs_written: number }>;
  };
}
interface PouchStatic {
  new (name: string, options: { adapter: string }): PouchDatabase;
  plugin(plugin: unknown): PouchStatic;
  defaults(options: { adapter: string }): PouchStatic;
}

const require = createRequire(import.meta.url);

/** Replicates `count` case-like documents; resolves with the seconds replication took. */
export async function pouchReplication(count: number): Promise<number> {
  const PouchDB = (require('pouchdb-core') as PouchStatic)
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-replication'))
    .plugin(require('pouchdb-mapreduce'));
  const expressPouchdb = require('express-pouchdb') as (
    pouch: PouchStatic,
    options: object,
  ) => Parameters<typeof createServer>[1];
  const app = expressPouchdb(PouchDB.defaults({ adapter: 'memory' }), {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath: '/dev/null',
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const source = new PouchDB(`source-${Date.now()}`, { adapter: 'memory' });
    for (let start = 0; start < count; start += 1000) {
      const docs = [];
      for (let index = start; index < Math.min(count, start + 1000); index += 1) {
        docs.push({
          _id: `case-${String(index).padStart(7, '0')}`,
          policeStation: 'Nirsa',
          firNumber: String(index),
          firYear: 2026,
          sections: ['BNS 309(4)'],
          crimeHead: 'Robbery',
          occurredAt: 1_764_000_000_000,
          place: 'NH-19 near Maithon',
          propertyValue: 125_000,
          mo: 'Bike-borne snatching',
          summary: 'Two men on a black Pulsar snatched a gold chain near the bus stand',
          lane: 'reported',
          priority: 'normal',
          sharing: 'network',
        });
      }
      await source.bulkDocs(docs);
    }
    const began = performance.now();
    const result = await source.replicate.to(`http://127.0.0.1:${port}/target`, {
      batch_size: 500,
      batches_limit: 10,
    });
    if (result.docs_written !== count) throw new Error(`PouchDB wrote ${result.docs_written}`);
    return (performance.now() - began) / 1000;
  } finally {
    server.close();
  }
}
