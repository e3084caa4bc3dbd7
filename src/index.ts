/**
 * ps-attendance-contract: the contract of PowerSchool's attendance write API as code. Validate a
 * payload, read the endpoint table and the rule catalogue, check a plugin's field access, and type
 * requests and responses with the types generated from the JSON Schemas.
 *
 * @example
 * ```ts
 * import { validate } from 'ps-attendance-contract';
 * const { valid, diagnostics } = validate(body, 'daily_time');
 * ```
 *
 * @module ps-attendance-contract
 */

// Validation
export { validate } from './validate.js';
export { assertValid } from './assert-valid.js';
export { AttendanceContractError } from './contract-error.js';
export { detectEndpoint } from './detect-endpoint.js';
export { isDailyTimeRequest, isBatchDailyTimeRequest, isMeetingIntervalRequest } from './guards.js';
export type { Diagnostic, Fix, JsonValue, Severity, ValidationResult } from './diagnostic.js';

// Endpoints and modes
export {
  endpoints,
  endpointIds,
  attendanceModes,
  alwaysRequiredFields,
  isEndpointId,
  isAttendanceMode,
  modeFields,
  modeRequiredFields,
} from './endpoints.js';
export type { EndpointId, EndpointInfo, AttendanceMode } from './endpoints.js';
export type { RequestFor, RequestTypes } from './request-types.js';
export { attendanceRequest } from './attendance-request.js';
export type { RecordFor } from './attendance-request.js';

// Rules
export { ruleCodes, isRuleCode } from './rules/rule-code.js';
export type { RuleCode } from './rules/rule-code.js';
export { ruleCatalogue } from './rules/catalogue.js';
export type { RuleDefinition, RuleExample } from './rules/rule-definition.js';

// Plugin access (plugin.xml grants; the field-access rule)
export { parsePluginXml } from './plugin-access/parse-plugin-xml.js';
export { checkFieldAccess } from './plugin-access/check-field-access.js';
export { fullAccessTo, hasFullAccess } from './plugin-access/field-grants.js';
export { PluginXmlError } from './plugin-access/plugin-xml-error.js';
export type { FieldGrant, FieldGrants, FieldAccessLevel } from './plugin-access/field-grants.js';

// JSON text checks (the duplicate-member rule: what parsing loses)
export { findDuplicateMembers } from './json-text/find-duplicate-members.js';
export type { DuplicateMember } from './json-text/find-duplicate-members.js';
export { duplicateMemberDiagnostics } from './json-text/duplicate-member-diagnostics.js';

// Batch planning
export { planPayloads } from './batch/plan-payloads.js';
export { planPayloadStream } from './batch/plan-payload-stream.js';
export { PlanOrderError } from './batch/plan-order-error.js';
export type { PlanOptions, PlanResult, PlanEvent, PlannedPayload, PlannedBatchPayload, PlannedMeetingPayload, RejectedRecord } from './batch/plan-types.js';
export type { StudentDay } from './batch/student-day.js';

// JSON Pointer helpers
export { toPointer, parsePointer, escapePointerToken } from './pointer.js';

// Generated response types (the bodies the API answers with; schemas/*.response.schema.json)
export type {
  AttendanceResultsResponse,
  AttendanceResults,
  WriteResult,
  SuccessResult,
  SuccessMessage,
  ErrorResult,
  ErrorMessage,
  FieldError,
  AccessTokenResponse,
  OAuthErrorResponse,
  ErrorResponse,
  ErrorDetail,
} from '../generated/types.js';

// Generated request types
export type {
  DailyTimeRequest,
  BatchDailyTimeRequest,
  MeetingIntervalRequest,
  DailyTimeRecord,
  MeetingIntervalRecord,
  DailyTimeAttendance,
  MeetingIntervalAttendance,
  DailyAttendance,
  TimeAttendance,
  MeetingAttendance,
  IntervalAttendance,
} from '../generated/types.js';

// The platform-free mock (the msw handlers of ps-attendance-contract/msw and `ps-attendance serve` run it)
export { createPowerSchoolMockCore } from './mock/power-school-mock-core.js';
export type { PowerSchoolMockCore, MockState } from './mock/power-school-mock-core.js';
export type { MockResponse, MockRoute } from './mock/received-request.js';
// (its options, scenarios and rows: PowerSchoolMockOptions, MockScenario, StoredAttendance, … from ps-attendance-contract/msw)
export type { ResolvedMockOptions } from './mock/mock-options.js';

// Recorded exchanges: the checks of `ps-attendance proxy` and `verify`, and the fidelity report
export { checkExchange } from './exchange/check-exchange.js';
export type { CheckedExchange } from './exchange/check-exchange.js';
export { exchangeTarget, headerValue } from './exchange/exchange.js';
export type { Exchange, ExchangeTarget, RecordedHeader, RecordedRequest, RecordedResponse } from './exchange/exchange.js';
export { exchangeCheckCodes } from './exchange/exchange-finding.js';
export type { ExchangeCheckCode, ExchangeFinding } from './exchange/exchange-finding.js';
export type { ExchangeView, ParsedBody } from './exchange/exchange-view.js';
export { readRecording, parseRecordingJson } from './exchange/read-recording.js';
export type { RecordingFormat, RecordingJsonParser } from './exchange/read-recording.js';
export type { LocatedExchange } from './exchange/read-har.js';
export { RecordingError } from './exchange/recording-error.js';
export { SecretRedactor } from './exchange/secret-redactor.js';
export { modelledBehaviours } from './exchange/modelled-behaviours.js';
export type { ModelledBehaviour, BehaviourSource, Observation } from './exchange/behaviour.js';
export { fidelityReport, fidelityMarkdown } from './exchange/fidelity-report.js';
export type { FidelityRow, FidelityVerdict } from './exchange/fidelity-report.js';
