import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// vitest globalSetup: every temporary file of the run, in the test processes and in every process
// they start (the bin, Python, git, npm: all read TMPDIR), goes under one directory, removed at the
// end, so that repeated runs do not fill /tmp. It is world-writable and sticky, as /tmp is, so the
// tests that run the bin as another user see the same permissions they would see under /tmp.
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'ps-attendance-test-run-'));
  chmodSync(root, 0o1777);
  process.env['TMPDIR'] = root;
  return () => {
    try {
      rmSync(root, { recursive: true, force: true });
    } catch {
      // A test left a directory without write permission: give it back, then remove everything.
      spawnSync('chmod', ['-R', 'u+rwX', root]);
      rmSync(root, { recursive: true, force: true });
    }
  };
}
