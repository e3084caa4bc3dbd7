import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runBin, tempDir } from './helpers/run-bin.js';
import { dailyAttendance, payloadText } from './helpers/payloads.js';

beforeAll(() => ensureBuilt(), 180_000);

const grantsAllBut = (missing: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<plugin xmlns="http://plugin.powerschool.pearson.com" name="Attendance Sync" version="1.0">
  <access_request>
${['STUDENTID', 'ATT_DATE', 'SCHOOLID', 'YEARID', 'ATT_MODE_CODE', 'ATTENDANCE_CODEID', 'PROGRAMID', 'ATT_COMMENT']
  .filter((field) => field !== missing)
  .map((field) => `    <field table="ATTENDANCE" field="${field}" access="FullAccess"/>`)
  .join('\n')}
    <field table="ATTENDANCE" field="${missing}" access="ViewOnly"/>
  </access_request>
</plugin>
`;

describe('lint --plugin-xml', () => {
  const payload = payloadText([{ ...dailyAttendance, att_comment: 'Bus was late' }]);
  const commentLine = payload.split('\n').findIndex((line) => line.includes('"att_comment"')) + 1;

  it('adds a field-access error, located on the member, for each written field without FullAccess', () => {
    const dir = tempDir({ 'p.json': payload, 'plugin.xml': grantsAllBut('ATT_COMMENT') });
    const run = runBin(['lint', 'p.json', '--plugin-xml', 'plugin.xml', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; path: string; line: number }[] }[];
    expect(result?.messages).toEqual([expect.objectContaining({ ruleId: 'field-access', path: '/record/0/tables/attendance/att_comment', line: commentLine })]);
  });

  it('passes when every written field has FullAccess', () => {
    const dir = tempDir({ 'p.json': payload, 'plugin.xml': grantsAllBut('TOTAL_MINUTES') });
    expect(runBin(['lint', 'p.json', '--plugin-xml', 'plugin.xml'], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
  });

  it('a missing or malformed plugin.xml is one line naming it, exit 2', () => {
    const dir = tempDir({ 'p.json': payload, 'broken.xml': '<plugin><access_request></plugin>' });
    for (const file of ['missing.xml', 'broken.xml']) {
      const run = runBin(['lint', 'p.json', '--plugin-xml', file], { cwd: dir });
      expect(run.code).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(file);
    }
  });
});
