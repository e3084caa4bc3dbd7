import type { HttpHandler } from 'msw';
import { describe, expectTypeOf, it } from 'vitest';
import { createPowerSchoolMock, type MockScenario } from '../../src/msw/index.js';
import type { AttendanceResultsResponse, WriteResult } from '../../src/index.js';

describe('mock types', () => {
  it('exposes msw handlers for setupServer / setupWorker', () => {
    expectTypeOf(createPowerSchoolMock().handlers).toEqualTypeOf<HttpHandler[]>();
  });

  it('accepts only the statuses and examples the mock answers with', () => {
    expectTypeOf<{ code: 500 }>().toMatchTypeOf<MockScenario>();
    expectTypeOf<{ example: 'partial-failure'; failRecords: number[] }>().toMatchTypeOf<MockScenario>();
    expectTypeOf<{ code: 418 }>().not.toMatchTypeOf<MockScenario>();
    expectTypeOf<{ example: 'teapot' }>().not.toMatchTypeOf<MockScenario>();
  });

  it('types a result as SUCCESS or ERROR, told apart by status', () => {
    expectTypeOf<AttendanceResultsResponse['results']['result']>().toEqualTypeOf<WriteResult | WriteResult[]>();
    expectTypeOf<Extract<WriteResult, { status: 'ERROR' }>['error_message']>().not.toBeAny();
    expectTypeOf<WriteResult['status']>().toEqualTypeOf<'SUCCESS' | 'ERROR'>();
  });
});
