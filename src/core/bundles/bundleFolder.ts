import {
  chmodSync,
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  type Stats,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bundleFileNameSchema, type BundleFilesView } from '../../shared/api/bundleContract';
import { SamanvayError } from '../../shared/errors';

/**
 * The node's bundle folder, `<database>.bundles`: the app writes bundles there and reads them
 * from there when a page asks, so a page names only a file in it, never a path. It is
 * created readable by this user only, like the database beside it.
 */
export function bundleFolderOf(dbPath: string): string {
  const folder = `${resolve(dbPath)}.bundles`;
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(folder, 0o700);
  return folder;
}

const refused = (name: string, problem: string) =>
  new SamanvayError('INVALID_INPUT', `Not a bundle in the bundle folder: ${problem}.`, {
    field: 'file',
    file: name,
  });

/**
 * The path of the bundle `name` in `folder`, for reading: a plain file name (checked again
 * here, whoever called), of a regular file (not a link that could lead out of the folder).
 * INVALID_INPUT, with nothing read, otherwise; NOT_FOUND when there is no such bundle. The
 * reader must still open it with `noFollow` (openBundleFile): a link swapped in after this
 * check is refused there, on the handle it reads from.
 */
export function bundleToRead(folder: string, name: string): string {
  const path = bundleToWrite(folder, name);
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    throw new SamanvayError('NOT_FOUND', 'No such bundle in the bundle folder.', { file: name });
  }
  if (!stats.isFile()) throw refused(name, 'not a plain file');
  return path;
}

/** The path a bundle named `name` is written to in `folder`; INVALID_INPUT if it leaves it. */
export function bundleToWrite(folder: string, name: string): string {
  if (!bundleFileNameSchema.safeParse(name).success) throw refused(name, 'not a bundle file name');
  const path = join(folder, name);
  if (dirname(path) !== folder) throw refused(name, 'outside the folder');
  return path;
}

/** The bundles in `folder`, newest first (plain `.bundle` files only). */
export function listBundleFiles(folder: string): BundleFilesView['files'] {
  const files: BundleFilesView['files'] = [];
  for (const name of readdirSync(folder)) {
    if (!bundleFileNameSchema.safeParse(name).success) continue;
    const stats = lstatSync(join(folder, name));
    if (stats.isFile()) files.push({ name, bytes: stats.size, modifiedAt: stats.mtimeMs });
  }
  return files.sort((left, right) => right.modifiedAt - left.modifiedAt);
}

/** A name reserved in the bundle folder, and how to fill it. */
export interface NewBundleFile {
  name: string;
  path: string;
  /** Runs `write` (which renames its file over the placeholder); on failure frees the name. */
  fill<T>(write: () => Promise<T>): Promise<T>;
}

/**
 * A new bundle in `folder`: named after this office, what it is and for whom, and when (UTC),
 * with a number added rather than overwrite an earlier one. The name is reserved at once by
 * creating an empty placeholder exclusively (`wx`), so two exports in the same second, even
 * at the same time, never get the same file.
 */
export function newBundleFile(folder: string, label: string, at: number): NewBundleFile {
  const stamp = new Date(at).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const base = `${label}-${stamp}`.replace(/[^A-Za-z0-9._-]/g, '-');
  for (let number = 1; ; number += 1) {
    const name = number === 1 ? `${base}.bundle` : `${base}-${number}.bundle`;
    const path = bundleToWrite(folder, name);
    try {
      closeSync(openSync(path, 'wx', 0o600));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    return {
      name,
      path,
      async fill(write) {
        try {
          return await write();
        } catch (error) {
          rmSync(path, { force: true });
          throw error;
        }
      },
    };
  }
}
