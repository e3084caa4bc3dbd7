import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RequestLog } from '../../src/mock/request-log.js';
import { fcParams } from '../../properties/fc-params.js';

// The mock's request log keeps the newest `bound` requests, oldest first, as an array trimmed with
// shift() did; it overwrites the oldest in place instead, so its cost does not grow with the bound.
describe('RequestLog', () => {
  it('keeps what an array trimmed to the bound keeps, in the same order, through pushes, reads and clears', () => {
    const step = fc.oneof(fc.integer().map((n) => ({ push: n })), fc.constant('clear' as const), fc.constant('read' as const));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.array(step, { maxLength: 60 }), (bound, steps) => {
        const log = new RequestLog<number>(bound);
        let model: number[] = [];
        for (const s of steps) {
          if (s === 'clear') {
            log.clear();
            model = [];
          } else if (s === 'read') {
            expect(log.entries()).toEqual(model);
          } else {
            log.push(s.push);
            model.push(s.push);
            if (model.length > bound) model.shift();
          }
        }
        expect(log.entries()).toEqual(model);
      }),
      fcParams(300),
    );
  });

  it('hands out a copy: changing what entries() returned changes nothing kept', () => {
    // Before the log is full, when the oldest entry is first, and after it has wrapped around.
    for (const [pushed, kept] of [[[1, 2], [1, 2]], [[1, 2, 3], [1, 2, 3]], [[1, 2, 3, 4], [2, 3, 4]]] as const) {
      const log = new RequestLog<number>(3);
      for (const n of pushed) log.push(n);
      const seen = log.entries();
      seen.length = 0;
      expect(log.entries()).toEqual(kept);
    }
  });
});
