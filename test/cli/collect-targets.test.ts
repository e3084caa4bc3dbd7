import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectTargets } from '../../src/cli/lint/collect-targets.js';
import { ConfigResolver } from '../../src/cli/lint/config-resolver.js';
import { tempDir } from './helpers/run-bin.js';

// lint reads the files a directory listing showed as regular without a stat first (readTextFile's
// listedRegular): only those, never a symbolic link (it may point at a FIFO or a device) or a path
// named on the command line (it may be anything).
describe('collectTargets: which files the listing showed as regular', () => {
  it('marks the regular files a directory walk finds, not symbolic links, globs or named paths', async () => {
    const dir = tempDir({ 'walk/a.json': '{}', 'walk/sub/b.json': '{}', 'named.json': '{}', 'globbed/c.json': '{}' });
    symlinkSync(join(dir, 'named.json'), join(dir, 'walk', 'link.json'));
    const targets = await collectTargets(['walk', 'named.json', 'globbed/*.json'], dir, new ConfigResolver());
    expect(targets.errors).toEqual([]);
    expect(targets.files).toEqual([join(dir, 'walk', 'a.json'), join(dir, 'walk', 'link.json'), join(dir, 'walk', 'sub', 'b.json'), join(dir, 'named.json'), join(dir, 'globbed', 'c.json')]);
    expect([...targets.listedRegular].sort()).toEqual([join(dir, 'walk', 'a.json'), join(dir, 'walk', 'sub', 'b.json')]);
  });
});
