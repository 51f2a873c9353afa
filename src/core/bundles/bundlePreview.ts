import type { BundlePreviewView, OfficePreviewView } from '../../shared/api/bundleContract';
import type { Commit } from '../../shared/domain/change';
import { commitSchema } from '../../shared/domain/commitSchema';
import { stampWall } from '../changes/hlc';
import type { ReadDb } from '../db/openDatabase';
import { damaged, type Envelope, type Manifest } from './bundleFormat';

/** What one office's part of a bundle would bring (the contract's view). */
export type OfficePreview = OfficePreviewView;

/** What importing a bundle would change (the contract's view). */
export type BundlePreview = BundlePreviewView;

/**
 * Counts, while a bundle is read, what it would add: per office, cases and suspects new or
 * changed (each record once), log entries, photos not held, and the date range of changes not
 * yet held. Reads the database only.
 */
export function createPreview(db: ReadDb) {
  const holdsChange = db.prepare('SELECT 1 FROM changes WHERE origin = ? AND seq = ?');
  const holdsCase = db.prepare('SELECT 1 FROM cases WHERE id = ?');
  const holdsSuspect = db.prepare('SELECT 1 FROM suspects WHERE id = ?');
  const holdsPhoto = db.prepare('SELECT 1 FROM photos WHERE hash = ?');
  const offices = new Map<string, OfficePreview>();
  const seen = new Set<string>();
  const preview: BundlePreview = {
    kind: 'changes',
    from: '',
    to: '',
    fromOffice: '',
    operator: '',
    createdAt: 0,
    full: false,
    commits: 0,
    changes: 0,
    newChanges: 0,
    newPhotos: 0,
    heldPhotos: 0,
    offices: [],
    range: null,
  };
  const officeOf = (office: string) => {
    let entry = offices.get(office);
    if (!entry) {
      entry = {
        office,
        newCases: 0,
        changedCases: 0,
        newSuspects: 0,
        changedSuspects: 0,
        logEntries: 0,
        otherChanges: 0,
      };
      offices.set(office, entry);
    }
    return entry;
  };

  return {
    manifest(manifest: Manifest, envelope: Envelope): void {
      Object.assign(preview, {
        kind: envelope.kind,
        from: envelope.from,
        to: envelope.to,
        fromOffice: manifest.office,
        operator: manifest.operator,
        createdAt: manifest.createdAt,
        full: manifest.full,
      });
    },

    /** Checks the shape of a batch of commits and counts it; returns the commits. */
    commits(json: unknown): Commit[] {
      if (!Array.isArray(json)) throw damaged('a commit batch is not a list');
      const commits: Commit[] = [];
      for (const item of json) {
        const parsed = commitSchema.safeParse(item);
        if (!parsed.success) throw damaged('a commit is malformed');
        commits.push(parsed.data);
      }
      return commits;
    },

    count(commits: Commit[]): void {
      for (const commit of commits) {
        preview.commits += 1;
        for (const change of commit.changes) {
          preview.changes += 1;
          if (holdsChange.get(change.origin, change.seq) !== undefined) continue;
          preview.newChanges += 1;
          const wall = stampWall(change.hlc);
          preview.range = preview.range
            ? { from: Math.min(preview.range.from, wall), to: Math.max(preview.range.to, wall) }
            : { from: wall, to: wall };
          const office = officeOf(change.office);
          const key = `${change.entity}:${change.recordId}`;
          const first = !seen.has(key);
          seen.add(key);
          if (change.entity === 'case' || change.entity === 'suspect') {
            if (!first) continue;
            const held = (change.entity === 'case' ? holdsCase : holdsSuspect).get(change.recordId);
            const isNew = held === undefined && change.op === 'create';
            if (change.entity === 'case') {
              if (isNew) office.newCases += 1;
              else office.changedCases += 1;
            } else if (isNew) office.newSuspects += 1;
            else office.changedSuspects += 1;
          } else if (change.entity === 'log' && change.op === 'create') {
            if (first) office.logEntries += 1;
          } else {
            office.otherChanges += 1;
          }
        }
      }
    },

    photo(hash: string): void {
      if (holdsPhoto.get(hash) !== undefined) preview.heldPhotos += 1;
      else preview.newPhotos += 1;
    },

    result(): BundlePreview {
      return {
        ...preview,
        offices: [...offices.values()].sort((left, right) =>
          left.office.localeCompare(right.office),
        ),
      };
    },
  };
}
