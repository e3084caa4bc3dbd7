import type { RuleCode } from './rule-code.js';
import type { RuleDefinition } from './rule-definition.js';
import type { SemanticRule } from './check-context.js';
import { payloadShape } from './payload-shape.js';
import { recordCount } from './record-count.js';
import { requiredField } from './required-field.js';
import { modeRequiredField } from './mode-required-field.js';
import { unknownMode } from './unknown-mode.js';
import { modeEndpoint } from './mode-endpoint.js';
import { unknownField } from './unknown-field.js';
import { fieldType } from './field-type.js';
import { idFormat } from './id-format.js';
import { dateFormat } from './date-format.js';
import { minutesRange } from './minutes-range.js';
import { intervalFormat } from './interval-format.js';
import { timeRange } from './time-range.js';
import { timeOrder } from './time-order.js';
import { mixedStudent } from './mixed-student.js';
import { mixedDate } from './mixed-date.js';
import { tableName } from './table-name.js';
import { modeUnusedField } from './mode-unused-field.js';
import { duplicateRecord } from './duplicate-record.js';
import { meetingOverlap } from './meeting-overlap.js';
import { unknownEndpoint } from './unknown-endpoint.js';
import { fieldAccess } from './field-access.js';
import { duplicateMember } from './duplicate-member.js';
import { loneSurrogate } from './lone-surrogate.js';

/**
 * The rules JSON Schema cannot express, run after the schema check in this order.
 *
 * @example
 * ```ts
 * semanticRules.map((rule) => rule.definition.code); // ['time-order', 'mixed-student', …]
 * ```
 */
export const semanticRules: readonly SemanticRule[] = [
  timeOrder,
  mixedStudent,
  mixedDate,
  tableName,
  modeUnusedField,
  duplicateRecord,
  meetingOverlap,
  loneSurrogate,
];

/**
 * Every rule's documentation, keyed by code. Typed so that a rule code without an entry here does
 * not compile.
 *
 * @example
 * ```ts
 * const rule = ruleCatalogue['mixed-student'];
 * console.log(rule.severity, rule.summary);
 * ```
 */
export const ruleCatalogue: { readonly [C in RuleCode]: RuleDefinition<C> } = {
  'payload-shape': payloadShape,
  'record-count': recordCount,
  'required-field': requiredField,
  'mode-required-field': modeRequiredField,
  'unknown-mode': unknownMode,
  'mode-endpoint': modeEndpoint,
  'unknown-field': unknownField,
  'field-type': fieldType,
  'id-format': idFormat,
  'date-format': dateFormat,
  'minutes-range': minutesRange,
  'interval-format': intervalFormat,
  'time-range': timeRange,
  'time-order': timeOrder.definition,
  'mixed-student': mixedStudent.definition,
  'mixed-date': mixedDate.definition,
  'table-name': tableName.definition,
  'mode-unused-field': modeUnusedField.definition,
  'duplicate-record': duplicateRecord.definition,
  'meeting-overlap': meetingOverlap.definition,
  'unknown-endpoint': unknownEndpoint,
  'field-access': fieldAccess,
  'duplicate-member': duplicateMember,
  'lone-surrogate': loneSurrogate.definition,
};
