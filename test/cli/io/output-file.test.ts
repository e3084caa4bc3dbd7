import { lstatSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareOutputFile, writeOutputFile } from '../../../src/cli/io/output-file.js';
import { tempDir } from '../helpers/run-bin.js';

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('prepareOutputFile / writeOutputFile', () => {
  it('fails at once, in one line, for a directory that cannot be created (-o /proc/nope/x used to spin)', () => {
    expect(refusal(() => prepareOutputFile('/proc/nope/x', { cwd: '/', flag: '--output-file', inputs: [] }))).toBe(
      '--output-file /proc/nope/x: cannot create its directory (no such file or directory).',
    );
  });

  it('refuses an output that is one of the inputs, by path or through another name', () => {
    const dir = tempDir({ 'a.json': '{}' });
    expect(refusal(() => prepareOutputFile('a.json', { cwd: dir, flag: '-o', inputs: [join(dir, 'a.json')] }))).toMatch(/^-o a\.json: is also an input/);
    expect(refusal(() => prepareOutputFile('./sub/../a.json', { cwd: dir, flag: '-o', inputs: [join(dir, 'a.json')] }))).toMatch(/is also an input/);
    expect(refusal(() => prepareOutputFile('.', { cwd: dir, flag: '-o', inputs: [] }))).toMatch(/is a directory/);
  });

  it('creates missing directories and writes the whole file, leaving no temporary file', () => {
    const dir = tempDir();
    const path = prepareOutputFile('out/deeper/report.txt', { cwd: dir, flag: '-o', inputs: [] });
    writeOutputFile(path, 'report', '-o out/deeper/report.txt');
    expect(readFileSync(path, 'utf8')).toBe('report');
    expect(readdirSync(join(dir, 'out/deeper'))).toEqual(['report.txt']);
  });

  it('follows a symbolic link, and writes a device such as /dev/null directly', () => {
    const dir = tempDir({ 'real.txt': 'old' });
    symlinkSync('real.txt', join(dir, 'link.txt'));
    writeOutputFile(join(dir, 'link.txt'), 'new', '-o link.txt');
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe('new');
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(() => writeOutputFile('/dev/null', 'x', '-o /dev/null')).not.toThrow();
  });
});
