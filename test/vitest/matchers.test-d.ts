import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EndpointId } from '../../src/index.js';
import { attendanceMatchers, type AttendanceContractOptions } from '../../src/vitest/index.js';

// Type tests: importing ps-attendance-contract/vitest types the matcher on vitest's expect.
describe('toMatchAttendanceContract types', () => {
  it('is on expect(value) and on .not, taking an endpoint id and options, returning void', () => {
    expectTypeOf(expect({}).toMatchAttendanceContract).parameter(0).toEqualTypeOf<EndpointId>();
    expectTypeOf(expect({}).toMatchAttendanceContract).parameter(1).toEqualTypeOf<AttendanceContractOptions | undefined>();
    expectTypeOf(expect({}).toMatchAttendanceContract('daily_time')).toEqualTypeOf<void>();
    expectTypeOf(expect({}).not.toMatchAttendanceContract).toBeFunction();
  });

  it('is an asymmetric matcher on expect', () => {
    expectTypeOf(expect.toMatchAttendanceContract).parameter(0).toEqualTypeOf<EndpointId>();
  });

  it('rejects an endpoint that is not an endpoint id, and a wrong option', () => {
    // @ts-expect-error "daily" is not an endpoint id
    expect({}).toMatchAttendanceContract('daily');
    // @ts-expect-error maxWarnings is a number
    expect({}).toMatchAttendanceContract('daily_time', { maxWarnings: '0' });
    // @ts-expect-error the endpoint is required
    expect({}).toMatchAttendanceContract();
  });

  it('fits expect.extend', () => {
    expectTypeOf(expect.extend).toBeCallableWith(attendanceMatchers);
  });
});
