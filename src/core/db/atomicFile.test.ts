import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileDurable } from './atomicFile';
import { temporaryDirectory } from './dbTestKit';

describe('writeFileDurable', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('creates or replaces the file whole, mode 0600, leaving no temporary file', () => {
    const { directory, remove } = temporaryDirectory();
    cleanups.push(remove);
    const path = join(directory, 'node.db.keys');
    writeFileDurable(path, 'first');
    writeFileDurable(path, Buffer.from('second, longer'));
    expect(readFileSync(path, 'utf8')).toBe('second, longer');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(directory)).toEqual(['node.db.keys']);
  });

  it('leaves the old file and no temporary behind when it cannot write', () => {
    const { directory, remove } = temporaryDirectory();
    cleanups.push(remove);
    const path = join(directory, 'node.db.keys');
    writeFileDurable(path, 'kept');
    // Renaming a file over a non-empty directory fails.
    expect(() => writeFileDurable(directory, 'never')).toThrow();
    expect(readFileSync(path, 'utf8')).toBe('kept');
    expect(readdirSync(join(directory, '..')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
