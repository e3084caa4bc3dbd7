// ps-attendance-contract/msw: a mock of PowerSchool's attendance write API for msw (an optional peer
// dependency: this entry is the only one that imports msw). The mock itself is msw-free
// (src/mock/, createPowerSchoolMockCore in the main entry); these are its msw handlers.

// The mock
export { createPowerSchoolMock } from './create-power-school-mock.js';
export type { PowerSchoolMock } from './create-power-school-mock.js';
export type { ReceivedRequest } from '../mock/received-request.js';
export { mockDefaults } from '../mock/mock-options.js';
export type { PowerSchoolMockOptions } from '../mock/mock-options.js';
export type { StoredAttendance } from '../mock/attendance-store.js';

// Scenarios
export { mockExamples, mockStatuses, scenarioFromPrefer } from '../mock/scenario.js';
export type { MockExampleName, MockScenario, MockStatus } from '../mock/scenario.js';

// Response bodies (their types: AttendanceResultsResponse, ErrorResponse, … from the main entry)
export { errorField, screamingSnake } from '../mock/results-body.js';
export { wwwAuthenticate } from '../mock/error-body.js';
export type { TokenProblem } from '../mock/error-body.js';
export { slotKey } from '../mock/attendance-store.js';
