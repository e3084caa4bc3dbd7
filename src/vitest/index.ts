// ps-attendance-contract/vitest: the toMatchAttendanceContract matcher for vitest (typed) and jest.
// vitest is an optional peer dependency; this entry point imports nothing from it at run time.

export { attendanceMatchers } from './attendance-matchers.js';
export { toMatchAttendanceContract } from './to-match-attendance-contract.js';
export type { AttendanceContractOptions, AttendanceMatcherResult, MatcherContextLike } from './to-match-attendance-contract.js';
export type { AttendanceMatchers } from './matcher-types.js';
