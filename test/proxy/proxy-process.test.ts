import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRecording } from '../../src/exchange/read-recording.js';
import { runBin } from '../cli/helpers/run-bin.js';
import { startBinServer } from './spawn-bin-server.js';
import { startWrongUpstream } from './wrong-upstream.js';

// What `ps-attendance proxy` guarantees as a process: usage errors in one line (exit 2), and a
// recording that is a complete HAR after every write, even when the proxy is killed with SIGKILL.

const dir = mkdtempSync(join(tmpdir(), 'ps-proxy-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ps-attendance proxy: usage errors', () => {
  it.each([
    [[], 'ps-attendance proxy: --upstream <URL> is required: the PowerSchool (test) server to check, e.g. --upstream https://ps-test.district.org.\n'],
    [['--upstream', 'ps-test'], 'ps-attendance proxy: --upstream "ps-test" is not a URL: give the server\'s address, e.g. https://ps-test.district.org.\n'],
    [['--upstream', 'ftp://ps.test'], 'ps-attendance proxy: --upstream must be an http: or https: URL, got "ftp:".\n'],
    [['--upstream', 'https://ps.test', '--port', '99999'], 'ps-attendance proxy: --port must be a whole number from 0 to 65535, got "99999".\n'],
    [['--upstream', 'https://ps.test', '--record', '/nonexistent-dir/session.har'], 'ps-attendance proxy: --record /nonexistent-dir/session.har: cannot write it (ENOENT).\n'],
  ])('%j', (args, stderr) => {
    expect(runBin(['proxy', ...args])).toMatchObject({ code: 2, stdout: '', stderr });
  });

  it('--help', () => {
    expect(runBin(['proxy', '--help']).stdout).toMatch(/^Usage: ps-attendance proxy --upstream <URL>/);
  });
});

describe('ps-attendance proxy --record', () => {
  it('leaves a complete, redacted HAR when killed with SIGKILL', async () => {
    const upstream = await startWrongUpstream();
    const file = join(dir, 'killed.har');
    const proxy = await startBinServer(['proxy', '--upstream', upstream.url, '--record', file]);
    try {
      expect(JSON.parse(readFileSync(file, 'utf8')).log.entries).toEqual([]);
      for (let i = 0; i < 3; i++) {
        const body = JSON.stringify({ record: [{ tables: { attendance: { studentid: String(i + 1), att_date: '2025-09-02', schoolid: '1', yearid: '35', att_mode_code: 'ATT_ModeDaily', attendance_codeid: '1' } } }] });
        await (await fetch(`${proxy.url}/ws/attendance/daily_time`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer killed-token-123456' }, body })).text();
      }
      // The file is rewritten within 100 ms of an exchange: wait for the third entry, then kill.
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && (JSON.parse(readFileSync(file, 'utf8')) as { log: { entries: unknown[] } }).log.entries.length < 3) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      proxy.child.kill('SIGKILL');
      await new Promise((resolve) => proxy.child.once('exit', resolve));
      const text = readFileSync(file, 'utf8');
      expect(readRecording(text).exchanges).toHaveLength(3);
      expect(text).not.toContain('killed-token-123456');
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      await upstream.close();
    }
  });
});
