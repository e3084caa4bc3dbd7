// ps-attendance-contract/msw: a mock of PowerSchool's attendance write API for msw (an optional peer
// dependency: this entry is the only one that imports msw).

// The mock
export { createPowerSchoolMock } from './create-power-school-mock.js';
export type { PowerSchoolMock, ReceivedRequest } from './create-power-school-mock.js';
export { mockDefaults } from './mock-options.js';
export type { PowerSchoolMockOptions } from './mock-options.js';
export type { StoredAttendance } from './attendance-store.js';

// Scenarios
export { mockExamples, mockStatuses, scenarioFromPrefer } from './scenario.js';
export type { MockExampleName, MockScenario, MockStatus } from './scenario.js';

// Response bodies (their types: AttendanceResultsResponse, ErrorResponse, … from the main entry)
export { errorField, screamingSnake } from './results-body.js';
export { wwwAuthenticate } from './error-body.js';
export type { TokenProblem } from './error-body.js';
export { slotKey } from './attendance-store.js';
