// Issue 13 defect 7: one row per slot, whatever sequence of writes (by slot or by dcid) arrives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AttendanceStore, slotKey } from '../../src/mock/attendance-store.js';
import { createPowerSchoolMockCore } from '../../src/index.js';
import { attendanceRequest, daily, payloadOf } from '../msw/mock-helpers.js';

// Few students, days and modes, so that slots collide often; a dcid among the ids the store hands out.
const writeArb = fc.record({
  studentid: fc.constantFrom('1', '2', '02'),
  att_date: fc.constantFrom('2025-09-02', '2025-09-03'),
  att_mode_code: fc.constantFrom('ATT_ModeDaily', 'ATT_ModeTime'),
  dcid: fc.option(fc.integer({ min: 100_001, max: 100_010 }).map(String), { nil: undefined }),
});

describe('AttendanceStore', () => {
  it('holds one row per slot, each slot indexed to its row, after any sequence of writes', () => {
    fc.assert(
      fc.property(fc.array(writeArb, { maxLength: 40 }), (writes) => {
        const store = new AttendanceStore();
        for (const { dcid, ...fields } of writes) {
          const attendance = { ...fields, ...(dcid === undefined ? {} : { dcid }) };
          const preview = store.preview(attendance);
          const before = store.rows().length;
          const outcome = store.write('daily_time', attendance);
          expect(outcome).toEqual(preview);
          const rows = store.rows();
          // An INSERT adds exactly one row; anything else adds none.
          expect(rows.length).toBe(before + (outcome.action === 'INSERT' && 'id' in outcome ? 1 : 0));
          const slots = rows.map((row) => slotKey(row.attendance));
          expect(new Set(slots).size).toBe(slots.length);
          // Writing the slot of any row again (without dcid) updates that row.
          for (const row of rows) {
            const { dcid: _dcid, ...again } = row.attendance;
            expect(store.preview(again)).toEqual({ action: 'UPDATE', id: row.id });
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an update by dcid onto the slot another row holds (the reported sequence)', async () => {
    const core = createPowerSchoolMockCore();
    const token = core.issueToken();
    const post = async (attendance: Record<string, unknown>) => JSON.parse(await (await core.handle(attendanceRequest('daily_time', payloadOf(attendance), token)))!.body) as { results: { result: Record<string, unknown> } };
    await post(daily({ studentid: '1' })); // 100001
    await post(daily({ studentid: '2' })); // 100002
    const moved = await post(daily({ studentid: '2', dcid: '100001' }));
    expect(moved.results.result).toMatchObject({ status: 'ERROR', action: 'UPDATE', error_message: { error: { field: 'attendance/dcid', error_code: 'DUPLICATE_RECORD' } } });
    const again = await post(daily({ studentid: '2' }));
    expect(again.results.result).toMatchObject({ status: 'SUCCESS', action: 'UPDATE', success_message: { id: 100002 } });
    // A dcid update to a free slot moves the row, and its old slot is free again.
    expect((await post(daily({ studentid: '3', dcid: '100001' }))).results.result).toMatchObject({ action: 'UPDATE', success_message: { id: 100001 } });
    expect((await post(daily({ studentid: '1' }))).results.result).toMatchObject({ action: 'INSERT', success_message: { id: 100003 } });
    expect(core.records().map((r) => r.attendance['studentid'])).toEqual(['3', '2', '1']);
  });
});
