import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate.js';
import { ruleCatalogue } from '../../src/rules/catalogue.js';
import { ruleCodes } from '../../src/rules/rule-code.js';
import { dailyAttendance, meetingAttendance, payloadOf } from '../../src/rules/examples.js';
import type { EndpointId } from '../../src/endpoints.js';
import { freeTextFields } from '../../src/rules/lone-surrogate.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// The rough edges issue 12 found in messages a new user reads, each pinned here.
const messageOf = (payload: unknown, endpoint: EndpointId, code: string): string => {
  const found = validate(payload, endpoint).diagnostics.find((d) => d.code === code);
  if (!found) throw new Error(`no ${code} diagnostic`);
  return found.message;
};

describe('messages', () => {
  it('a typo of an optional member is not called missing; a typo of a required one is', () => {
    const optional = messageOf(payloadOf({ ...dailyAttendance(), att_coment: 'x' }), 'daily_time', 'unknown-field');
    expect(optional).toContain('Did you mean "att_comment"? Rename it to "att_comment".');
    expect(optional).not.toContain('missing');
    const required = messageOf(payloadOf({ ...dailyAttendance({ studentid: undefined }), student_id: '4242' }), 'daily_time', 'unknown-field');
    expect(required).toContain('Rename it: "studentid" is required and missing.');
    // Required by the record's mode: total_minutes on ATT_ModeTime, but not on ATT_ModeDaily.
    const time = messageOf(payloadOf({ ...dailyAttendance({ att_mode_code: 'ATT_ModeTime' }), total_minute: '45' }), 'daily_time', 'unknown-field');
    expect(time).toContain('"total_minutes" is required and missing');
    const daily = messageOf(payloadOf({ ...dailyAttendance(), total_minute: '45' }), 'daily_time', 'unknown-field');
    expect(daily).toContain('Rename it to "total_minutes".');
  });

  it('an impossible date says which part is impossible', () => {
    const dateMessage = (att_date: string) => messageOf(payloadOf(dailyAttendance({ att_date })), 'daily_time', 'date-format');
    expect(dateMessage('2025-13-01')).toContain('there is no month 13');
    expect(dateMessage('2025-13-01')).not.toContain('day of the month');
    expect(dateMessage('2025-00-10')).toContain('there is no month 00');
    expect(dateMessage('2025-02-29')).toContain('2025 is not a leap year');
    expect(dateMessage('2025-04-31')).toContain('April 2025 has days 01 to 30, not 31');
    expect(dateMessage('2025-09-00')).toContain('September 2025 has days 01 to 30, not 00');
    expect(dateMessage('2024-02-30')).toContain('February 2024 has days 01 to 29, not 30');
  });

  it('Meeting records sent to daily_time are pointed at meeting_interval, never at batch_daily_time', () => {
    const body = payloadOf(meetingAttendance(), meetingAttendance({ ccid: '2' }));
    for (const d of validate(body, 'daily_time').diagnostics) {
      expect(d.message).toContain('meeting_interval');
      expect(d.message).not.toContain('batch_daily_time');
    }
    expect(messageOf(body, 'daily_time', 'record-count')).toContain('send those to meeting_interval');
    // Daily records are still sent to batch_daily_time.
    expect(messageOf(payloadOf(dailyAttendance(), dailyAttendance({ studentid: '4243' })), 'daily_time', 'record-count')).toContain('send them to batch_daily_time');
  });

  it('an att_interval of more than 10 digits says why it is refused', () => {
    const interval = { att_mode_code: 'ATT_ModeInterval', start_time: undefined, end_time: undefined };
    const long = messageOf(payloadOf(meetingAttendance({ ...interval, att_interval: '12345678901' })), 'meeting_interval', 'interval-format');
    expect(long).toContain('has 11 digits');
    expect(long).toContain('NUMBER(10,0)');
    expect(messageOf(payloadOf(meetingAttendance({ ...interval, att_interval: '0' })), 'meeting_interval', 'interval-format')).toContain('numbered from 1');
    // Leading zeros do not count: "00000000002" is interval 2.
    expect(validate(payloadOf(meetingAttendance({ ...interval, att_interval: '00000000002' })), 'meeting_interval').valid).toBe(true);
  });

  it('rule documentation cites public sources, not a document that does not ship', () => {
    for (const code of ruleCodes) {
      const { summary, rationale } = ruleCatalogue[code];
      expect(`${summary} ${rationale}`, code).not.toMatch(/FACTS/);
    }
  });

  it('nothing the package ships cites FACTS (schemas, OpenAPI, generated types, sources, docs, README)', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const shipped = (dir: string): string[] =>
      readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && /\.(ts|mts|js|json|md)$/.test(entry.name))
        .map((entry) => join(entry.parentPath, entry.name));
    const files = [...['schemas', 'generated', 'src', 'docs', 'properties/arbitraries'].flatMap(shipped), ...['README.md', 'openapi.json', 'serve-control.openapi.json'].map((f) => join(root, f))];
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => /\bFACTS\b/.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file))).toEqual([]);
  });
});

describe('lone-surrogate', () => {
  it('checks every free-text column: the attendance strings the schemas give no pattern, enum or const', () => {
    const defs = (JSON.parse(readFileSync(new URL('../../schemas/definitions.schema.json', import.meta.url), 'utf8')) as { $defs: Record<string, Record<string, unknown>> }).$defs;
    const free = Object.entries(defs).filter(([, d]) => d['type'] === 'string' && !('pattern' in d) && !('enum' in d) && !('const' in d)).map(([name]) => name);
    // TableName is `name` (payload and record level), checked by the rule apart from the columns.
    expect(free.sort()).toEqual(['AttComment', 'TableName']);
    expect([...freeTextFields]).toEqual(['att_comment']);
  });

  it('reports a lone half in att_comment and in name, at payload and record level, and no well-formed text', () => {
    const body = { name: 'ATTENDANCE\uD800', record: [{ name: '\uDC00', tables: { attendance: dailyAttendance({ att_comment: 'late \uD83D' }) } }] };
    const found = validate(body, 'daily_time').diagnostics.filter((d) => d.code === 'lone-surrogate').map((d) => d.path);
    expect(found).toEqual(['/name', '/record/0/name', '/record/0/tables/attendance/att_comment']);
    expect(validate(payloadOf(dailyAttendance({ att_comment: '\u{1F600} ok \uD83D\uDE0A' })), 'daily_time').valid).toBe(true);
  });

  it('a lone half in a patterned column is that column\'s error, not also lone-surrogate', () => {
    expect(validate(payloadOf(dailyAttendance({ schoolid: '1\uD800' })), 'daily_time').diagnostics.map((d) => d.code)).toEqual(['id-format']);
  });
});

