import { describe, expect, it } from 'vitest';
import { scratchNumbers } from '../../src/rules/scratch-numbers.js';

// The quiet checks reuse these arrays on every payload: each slot is its own array, long enough for
// the request, kept between calls up to 4,096 numbers (a longer request gets an array of its own, so
// one huge payload does not pin its memory).
describe('scratchNumbers', () => {
  it('gives each slot its own array, at least as long as asked, the same one while it suffices', () => {
    const a = scratchNumbers(0, 10);
    const b = scratchNumbers(1, 10);
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(10);
    expect(scratchNumbers(0, 5)).toBe(a);
    const grown = scratchNumbers(0, 3000);
    expect(grown.length).toBeGreaterThanOrEqual(3000);
    expect(scratchNumbers(0, 20)).toBe(grown);
  });

  it('does not keep an array longer than 4,096 numbers', () => {
    const kept = scratchNumbers(2, 100);
    const huge = scratchNumbers(2, 100_000);
    expect(huge.length).toBe(100_000);
    expect(scratchNumbers(2, 100_000)).not.toBe(huge);
    expect(scratchNumbers(2, 100)).toBe(kept);
  });
});
