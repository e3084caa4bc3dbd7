import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// vitest globalSetup: one packed tarball for the run (scripts/shared-tarball.mjs), removed at the end.
export default function setup(): () => void {
  const dir = join(tmpdir(), `ps-attendance-tarball-${process.pid}-${Date.now()}`);
  process.env['PS_ATTENDANCE_TARBALL_DIR'] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
