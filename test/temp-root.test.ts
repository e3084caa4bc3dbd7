import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';

// test/temp-root-setup.ts puts every temporary file of a run under one directory it removes at the
// end: the test processes and every process they start must see it as their temporary directory.
describe('the run\'s temporary directory', () => {
  it('is one directory per run, for the tests and for the processes they start', () => {
    expect(basename(tmpdir())).toMatch(/^ps-attendance-test-run-/);
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], { encoding: 'utf8' });
    expect(child.stdout).toBe(tmpdir());
    const python = spawnSync('python3', ['-c', 'import tempfile, sys; sys.stdout.write(tempfile.gettempdir())'], { encoding: 'utf8' });
    if (python.status === 0) expect(python.stdout).toBe(tmpdir());
  });
});
