import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slotKey } from '../../src/mock/attendance-store.js';
import { sameSlot, SlotIndex, slotParts } from '../../src/mock/slot-index.js';

const piece = fc.constantFrom('1', '01', '2', '1|2', '|', '', '2025-09-02', '2025|09');
const attendance = fc.record(
  {
    studentid: fc.oneof(piece, fc.integer()),
    att_date: fc.oneof(piece, fc.constant(null)),
    att_mode_code: fc.constantFrom('ATT_ModeDaily', 'ATT_ModeTime', 'ATT_ModeMeeting', 'ATT_ModeInterval', 'x|y'),
    programid: piece,
    ccid: piece,
    periodid: piece,
    att_interval: piece,
  },
  { requiredKeys: [] },
);

describe('slotParts and SlotIndex', () => {
  it('split the slot key: equal parts exactly when equal keys, and the index finds by key', () => {
    fc.assert(
      fc.property(fc.array(attendance, { maxLength: 8 }), (records) => {
        const index = new SlotIndex();
        const byKey = new Map<string, number>();
        records.forEach((record, i) => {
          expect(slotParts(record).join('|')).toBe(slotKey(record));
          index.set(slotParts(record), i);
          byKey.set(slotKey(record), i);
        });
        for (const a of records) {
          expect(index.get(slotParts(a))).toBe(byKey.get(slotKey(a)));
          for (const b of records) expect(sameSlot(slotParts(a), slotParts(b))).toBe(slotKey(a) === slotKey(b));
        }
        if (records[0] !== undefined) {
          index.delete(slotParts(records[0]));
          expect(index.get(slotParts(records[0]))).toBeUndefined();
        }
      }),
    );
  });
});
