import { chmodSync, chownSync, linkSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../../src/cli/io/read-input.js';
import { replaceFile } from '../../../src/cli/io/replace-file.js';
import { tempDir } from '../helpers/run-bin.js';

const refusal = (run: () => void): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};
const isRoot = process.geteuid?.() === 0;

describe('replaceFile: atomic, keeps what the file was, refuses what it may not do', () => {
  it('replaces the content, keeps the mode, and leaves no temporary file', () => {
    const dir = tempDir({ 'a.json': 'old' });
    const file = join(dir, 'a.json');
    chmodSync(file, 0o640);
    replaceFile(file, 'new', { name: 'a.json' });
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('refuses a read-only file (0444), even for root, and leaves it untouched (issue 13, defect 8)', () => {
    const dir = tempDir({ 'a.json': 'old' });
    const file = join(dir, 'a.json');
    chmodSync(file, 0o444);
    expect(refusal(() => replaceFile(file, 'new', { name: 'a.json' }))).toBe(
      'a.json: the file is read-only (mode 0444), so --fix leaves it alone: make it writable (chmod u+w) to fix it; the file is unchanged.',
    );
    expect(readFileSync(file, 'utf8')).toBe('old');
  });

  it.runIf(isRoot)('keeps the owner and group of a file that belongs to someone else (run as root)', () => {
    const dir = tempDir({ 'a.json': 'old' });
    const file = join(dir, 'a.json');
    chownSync(file, 65534, 65534);
    replaceFile(file, 'new', { name: 'a.json' });
    expect([statSync(file).uid, statSync(file).gid]).toEqual([65534, 65534]);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('refuses a file with another hard link instead of silently splitting the two names', () => {
    const dir = tempDir({ 'a.json': 'old' });
    linkSync(join(dir, 'a.json'), join(dir, 'b.json'));
    expect(refusal(() => replaceFile(join(dir, 'a.json'), 'new', { name: 'a.json' }))).toMatch(/^a\.json: the file has 2 hard links, .*; the file is unchanged\.$/);
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('old');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('old');
  });

  it('follows a symbolic link: the target gets the content, the link stays a link', () => {
    const dir = tempDir({ 'real.json': 'old' });
    symlinkSync('real.json', join(dir, 'link.json'));
    replaceFile(join(dir, 'link.json'), 'new', { name: 'link.json' });
    expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'real.json']);
  });

  it('does not overwrite a file edited since it was read, even within the same clock tick (issue 13, defect 10b)', async () => {
    const dir = tempDir({ 'a.json': 'old' });
    const file = join(dir, 'a.json');
    const { snapshot } = await readInput(file, { name: 'a.json' });
    const { mtime } = statSync(file);
    writeFileSync(file, 'odd'); // same size
    const { utimesSync } = await import('node:fs');
    utimesSync(file, mtime, mtime); // and the same time: only the bytes tell
    expect(refusal(() => replaceFile(file, 'new', { name: 'a.json', expected: snapshot }))).toMatch(/^a\.json: it changed on disk while it was being checked, so the fix is not written/);
    expect(readFileSync(file, 'utf8')).toBe('odd');
  });

  it('writes the original encoding back (latin1 stays latin1)', () => {
    const dir = tempDir({ 'a.json': 'x' });
    replaceFile(join(dir, 'a.json'), '"Café"', { name: 'a.json', encoding: 'latin1' });
    expect([...readFileSync(join(dir, 'a.json'))]).toEqual([...Buffer.from('"Caf\xe9"', 'latin1')]);
  });
});
