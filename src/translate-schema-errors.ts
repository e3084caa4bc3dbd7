import type { ErrorObject } from 'ajv';
import { idFields, recordMembers, requestModels, tablesMembers } from '../generated/model.js';
import type { Diagnostic, Fix } from './diagnostic.js';
import { alwaysRequiredFields, endpoints, isAttendanceMode, modeFields, modeRequiredFields, type AttendanceMode, type EndpointId } from './endpoints.js';
import { escapePointerToken, parsePointer } from './pointer.js';
import { valueAt } from './value-at.js';
import type { RuleCode } from './rules/rule-code.js';
import { ruleCatalogue } from './rules/catalogue.js';
import { payloadShapeMessage, payloadShapeMissingMessage } from './rules/payload-shape.js';
import { recordCountEmptyMessage, recordCountTooManyMessage } from './rules/record-count.js';
import { requiredFieldMessage } from './rules/required-field.js';
import { modeRequiredFieldMessage } from './rules/mode-required-field.js';
import { unknownModeMessage } from './rules/unknown-mode.js';
import { modeEndpointMessage } from './rules/mode-endpoint.js';
import { suggestMember, unknownFieldMessage, type MemberLevel } from './rules/unknown-field.js';
import { fieldTypeMessage } from './rules/field-type.js';
import { idFormatMessage } from './rules/id-format.js';
import { dateFormatMessage } from './rules/date-format.js';
import { minutesRangeMessage } from './rules/minutes-range.js';
import { intervalFormatMessage } from './rules/interval-format.js';
import { timeRangeMessage } from './rules/time-range.js';

const requestModelOf = {
  daily_time: requestModels.DailyTimeRequest,
  batch_daily_time: requestModels.BatchDailyTimeRequest,
  meeting_interval: requestModels.MeetingIntervalRequest,
} as const;

const alwaysRequired = new Set(alwaysRequiredFields);
const patternRule: Readonly<Record<string, RuleCode>> = { att_date: 'date-format', total_minutes: 'minutes-range', att_interval: 'interval-format' };
const integerFields = new Set(['start_time', 'end_time']);
// The string members whose integer form converts losslessly to the string the contract wants.
const numericStringFields = new Set<string>(['total_minutes', 'att_interval', ...idFields]);

/** Where in the payload an ajv error points, read from its instance path. */
interface Site {
  readonly tokens: string[];
  readonly level: 'payload' | 'name' | 'records' | 'record' | 'tables' | 'attendance' | 'member';
  readonly recordIndex: number | undefined;
  readonly field: string | undefined;
}

function siteOf(instancePath: string): Site {
  const tokens = parsePointer(instancePath);
  const recordIndex = tokens[0] === 'record' && tokens.length >= 2 ? Number(tokens[1]) : undefined;
  const levels = ['payload', 'records', 'record', 'tables', 'attendance', 'member'] as const;
  let level: Site['level'] = levels[Math.min(tokens.length, 5)] ?? 'member';
  if (tokens[tokens.length - 1] === 'name' && (tokens.length === 1 || tokens.length === 3)) level = 'name';
  return { tokens, level, recordIndex, field: tokens.length === 5 ? tokens[4] : level === 'name' ? 'name' : undefined };
}

/**
 * Translates ajv's errors for `payload` into diagnostics with rule codes, paths and messages that say
 * what to do. No ajv keyword, schema path or ajv message reaches the result; errors with one root
 * cause (a tag error and a type error on the same att_mode_code, say) become one diagnostic.
 */
export function translateSchemaErrors(errors: readonly ErrorObject[], payload: unknown, endpoint: EndpointId): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  // Paths whose diagnostic another one already explains (one root cause, one diagnostic).
  const superseded = new Set<string>();
  const emit = (code: RuleCode, site: Site, path: string, message: string, fix?: Fix): void => {
    const key = `${code} ${path}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      code,
      severity: ruleCatalogue[code].severity,
      path,
      message,
      ...(site.recordIndex === undefined ? {} : { recordIndex: site.recordIndex }),
      ...(fix ? { fix } : {}),
    });
  };
  for (const error of errors) {
    const site = siteOf(error.instancePath);
    const value = valueAt(payload, site.tokens);
    const here = error.instancePath;
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'type': {
        if (site.level === 'member' || site.level === 'name') typeError(site, value, here, emit);
        else {
          const level = site.level === 'records' ? 'record' : site.level === 'record' ? 'item' : site.level;
          emit('payload-shape', site, here, payloadShapeMessage(level, site.level === 'records' ? 'array' : 'object', value));
        }
        break;
      }
      case 'required': {
        const missing = String(params['missingProperty']);
        const path = `${here}/${escapePointerToken(missing)}`;
        if (site.level === 'payload') emit('record-count', site, path, recordCountEmptyMessage(endpoint, true));
        else if (site.level === 'record') {
          emit('payload-shape', site, path, payloadShapeMissingMessage('tables'));
          // Columns or `attendance` put straight in the record are the same mistake as the missing `tables`.
          superseded.add(`unknown-field ${here}/attendance`);
        }
        else if (site.level === 'tables') emit('payload-shape', site, path, payloadShapeMissingMessage('attendance'));
        else if (alwaysRequired.has(missing)) emit('required-field', site, path, requiredFieldMessage(missing));
        else emit('mode-required-field', site, path, modeRequiredFieldMessage(missing, String((value as Record<string, unknown>)['att_mode_code'])));
        break;
      }
      case 'additionalProperties': {
        const name = String(params['additionalProperty']);
        const suggestion = unknownMember(site, name, value, `${here}/${escapePointerToken(name)}`, endpoint, emit);
        // `student_id` for `studentid`, `Record` for `record`: the typo explains the missing member
        // (whatever rule reports its absence), so report it once.
        if (suggestion !== undefined) superseded.add(`missing ${here}/${escapePointerToken(suggestion)}`);
        break;
      }
      case 'minItems':
        emit('record-count', site, here, recordCountEmptyMessage(endpoint, false));
        break;
      case 'maxItems':
        emit('record-count', site, here, recordCountTooManyMessage(endpoint, Array.isArray(value) ? value.length : Number.NaN, modesOf(value)));
        break;
      case 'pattern': {
        const field = site.field ?? '';
        const code = patternRule[field] ?? 'id-format';
        const message =
          code === 'date-format' ? dateFormatMessage(value) : code === 'minutes-range' ? minutesRangeMessage(value) : code === 'interval-format' ? intervalFormatMessage(value) : idFormatMessage(field, value);
        emit(code, site, here, message);
        break;
      }
      case 'minimum':
      case 'maximum':
        emit('time-range', site, here, timeRangeMessage(site.field ?? '', value));
        break;
      case 'discriminator': {
        const tag = valueAt(value, ['att_mode_code']);
        const path = `${here}/att_mode_code`;
        if (params['error'] === 'mapping') {
          if (isAttendanceMode(tag)) emit('mode-endpoint', site, path, modeEndpointMessage(tag, endpoint));
          else emit('unknown-mode', site, path, unknownModeMessage(tag, endpoint));
        } else if (tag !== undefined) {
          emit('field-type', site, path, fieldTypeMessage('att_mode_code', 'string', tag, false));
        }
        break;
      }
      default:
        // Every keyword the schemas use is mapped above; a test compiles the schemas and fails on any
        // other. Should one slip through, it still gets a rule code and no ajv vocabulary.
        emit('payload-shape', site, here, `This value does not match the ${endpoint} model.`);
    }
  }
  if (superseded.size === 0) return out;
  // A suggested member is missing, so every other diagnostic at its path is about its absence.
  return out.filter((d) => !superseded.has(`missing ${d.path}`) && !superseded.has(`${d.code} ${d.path}`));
}

type Emit = (code: RuleCode, site: Site, path: string, message: string, fix?: Fix) => void;

function typeError(site: Site, value: unknown, path: string, emit: Emit): void {
  const field = site.field ?? '';
  if (integerFields.has(field)) {
    if (typeof value === 'number') {
      emit('time-range', site, path, timeRangeMessage(field, value));
      return;
    }
    const fixable = typeof value === 'string' && /^(0|[1-9][0-9]{0,5})$/.test(value);
    emit('field-type', site, path, fieldTypeMessage(field, 'integer', value, fixable), fixable ? { kind: 'set', path, value: Number(value) } : undefined);
    return;
  }
  const fixable = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && numericStringFields.has(field);
  emit('field-type', site, path, fieldTypeMessage(field, 'string', value, fixable), fixable ? { kind: 'set', path, value: String(value) } : undefined);
}

// The object an additionalProperties error is about, by the error site's level.
const memberLevelOf: Readonly<Record<string, MemberLevel>> = { payload: 'payload', record: 'record', tables: 'tables', attendance: 'attendance' };

/** Reports an unknown member; returns the known name it suggests, if any. */
function unknownMember(site: Site, name: string, container: unknown, path: string, endpoint: EndpointId, emit: Emit): string | undefined {
  const level = memberLevelOf[site.level] ?? 'attendance';
  const known = knownMembers(level, endpoint);
  const suggestion = suggestMember(name, known, level, endpoint);
  // Renaming is lossless only when it changes case alone and the target is not already there.
  const fixable = suggestion !== undefined && suggestion.toLowerCase() === name.toLowerCase() && !Object.hasOwn(Object(container), suggestion);
  const missing = suggestion !== undefined && !Object.hasOwn(Object(container), suggestion);
  const requirement = missing ? (requiredMember(level, suggestion, container) ? 'required' : 'optional') : false;
  emit('unknown-field', site, path, unknownFieldMessage(name, level, known, endpoint, suggestion, requirement), fixable ? { kind: 'rename', path, to: suggestion } : undefined);
  return missing ? suggestion : undefined;
}

// Whether the model requires `member` in `container` (at the attendance level, for its mode).
function requiredMember(level: MemberLevel, member: string, container: unknown): boolean {
  if (level !== 'attendance') return member !== 'name';
  if (alwaysRequired.has(member)) return true;
  const mode = valueAt(container, ['att_mode_code']);
  return isAttendanceMode(mode) && modeRequiredFields(mode).includes(member);
}

function knownMembers(level: MemberLevel, endpoint: EndpointId): readonly string[] {
  if (level === 'payload') return requestModelOf[endpoint].members;
  if (level === 'record') return recordMembers;
  if (level === 'tables') return tablesMembers;
  const fields = new Set<string>();
  for (const mode of endpoints[endpoint].modes) for (const f of modeFields(mode)) fields.add(f);
  return [...fields];
}

// The attendance modes of the records in `records`, for advice that depends on them.
function modesOf(records: unknown): ReadonlySet<AttendanceMode> {
  const modes = new Set<AttendanceMode>();
  if (!Array.isArray(records)) return modes;
  for (const record of records) {
    const mode = valueAt(record, ['tables', 'attendance', 'att_mode_code']);
    if (isAttendanceMode(mode)) modes.add(mode);
  }
  return modes;
}
