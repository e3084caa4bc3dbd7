// ps-attendance-contract/jest: the toMatchAttendanceContract matcher for jest (CommonJS and ESM
// mode), typed on `@jest/globals`' expect and on `@types/jest`. jest is an optional peer dependency;
// this entry point imports nothing from it at run time.

export { attendanceMatchers } from '../vitest/attendance-matchers.js';
export { toMatchAttendanceContract } from '../vitest/to-match-attendance-contract.js';
export type { AttendanceContractOptions, AttendanceMatcherResult, MatcherContextLike } from '../vitest/to-match-attendance-contract.js';
export type { JestAttendanceMatchers } from './jest-matcher-types.js';
