// The responses of each attendance operation in openapi.json: every status the msw mock answers
// (200, 400, 401, 403, 415, 500), each with examples. Bodies reference the response schemas under
// schemas/ (*.response.schema.json) by their file, so a renamed title still resolves.

/** Response schema files and what each describes. */
export const responseSchemaFiles = {
  results: 'attendance-results.response.schema.json',
  error: 'error.response.schema.json',
  token: 'access-token.response.schema.json',
  oauthError: 'oauth-error.response.schema.json',
};

const server = 'https://district.powerschool.com';
const ref = (id) => `${server}/ws/v1/attendance/${id}`;

const success = (clientUid, id, action = 'INSERT') => ({
  client_uid: clientUid,
  status: 'SUCCESS',
  action,
  success_message: { id, ref: ref(id) },
});

const failure = (clientUid, field, code, description) => ({
  client_uid: clientUid,
  status: 'ERROR',
  action: 'INSERT',
  error_message: { error: { field, error_code: code, error_description: description } },
});

const envelope = (result) => {
  const list = Array.isArray(result) ? result : [result];
  const count = (status, action) => list.filter((r) => r.status === status && r.action === action).length;
  return {
    results: {
      insert_count: count('SUCCESS', 'INSERT'),
      update_count: count('SUCCESS', 'UPDATE'),
      delete_count: 0,
      result,
    },
  };
};

// The bodies mirror what the msw mock (ps-attendance-contract/msw) answers, and the example names
// are the mock's `Prefer: example=<name>` names, so Prism and the mock answer alike; test/openapi
// checks both. client_uid is the record's index in the request; ids start at 100001.
const partialFailure = ['attendance/attendance_codeid', 'INVALID_ATTENDANCE_CODE', 'The attendance code is not valid for this school and year.'];

/** The 200 body of each endpoint's example: every record written (an object for one record). */
export const okBodies = {
  daily_time: envelope(success(0, 100001)),
  batch_daily_time: envelope([success(0, 100001), success(1, 100002), success(2, 100003), success(3, 100004)]),
  meeting_interval: envelope([success(0, 100001), success(1, 100002)]),
};

/** A 200 whose refused records are ERROR (the mock refuses the odd indices, or record 0 of one). */
const partialFailureBodies = {
  daily_time: envelope(failure(0, ...partialFailure)),
  batch_daily_time: envelope([success(0, 100001), failure(1, ...partialFailure), success(2, 100002), failure(3, ...partialFailure)]),
  meeting_interval: envelope([success(0, 100001), failure(1, ...partialFailure)]),
};

/** A 200 body whose only record was rejected. */
export const recordErrorBody = partialFailureBodies.daily_time;

// A 400 lists the rejected records only.
const validationErrorBodies = {
  daily_time: envelope(failure(0, 'attendance/total_minutes', 'MODE_REQUIRED_FIELD', 'total_minutes is missing: ATT_ModeTime records need the minutes of attendance, e.g. "45".')),
  batch_daily_time: envelope([failure(2, 'attendance/att_date', 'DATE_FORMAT', '"2025-02-29" is not a calendar date: 2025 is not a leap year.')]),
  meeting_interval: envelope([failure(1, 'attendance/studentid', 'MIXED_STUDENT', 'Record 1 is for student "4243" but record 0 is for "4242": send one payload per student and day.')]),
};

/** The error body of each status that has one. */
export const errorExamples = {
  401: { message: 'The access token has expired: get a new one from POST /oauth/access_token.' },
  403: {
    message: 'The plugin has no FullAccess to ATTENDANCE.ATT_COMMENT: request it in plugin.xml <access_request>.',
    errors: [{ resource: 'ATTENDANCE', field: 'ATT_COMMENT', code: 'FIELD_ACCESS' }],
  },
  415: { message: 'Unsupported content type "text/plain": send the body as JSON with "Content-Type: application/json".' },
  500: { message: 'An unknown error occurred. If the problem persists after retrying, this may need to be reported to PowerSchool support.' },
};

/** The example name of each error status, as the mock names it. */
const errorExampleNames = { 401: 'expired-token', 403: 'forbidden', 415: 'unsupported-media-type', 500: 'server-error' };

/**
 * `{ schema: { $ref } }` of a response schema by its key in responseSchemaFiles, or `{}` when the
 * file is not under schemas/; `componentOf(file)` gives a file's component name or undefined.
 */
export function responseSchemaOf(componentOf) {
  return (key) => {
    const name = componentOf(responseSchemaFiles[key]);
    return name === undefined ? {} : { schema: { $ref: `#/components/schemas/${name}` } };
  };
}

/** A function from endpoint id to the operation's responses; `schemaOf` from responseSchemaOf(). */
export function responseSet(schemaOf) {
  const json = (key, examples) => ({ 'application/json': { ...schemaOf(key), examples } });
  const errorResponse = (status, description, extra = {}) => ({
    description,
    ...extra,
    content: json('error', { [errorExampleNames[status]]: { summary: description, value: errorExamples[status] } }),
  });

  return (id) => ({
    200: {
      description:
        "Attendance records were inserted or updated. The body lists a URI (`ref`) per written record. A record the server rejects is reported with `status: ERROR` in the same 200 body, so check every record's status.",
      content: json('results', {
        success: { summary: 'Every record written', value: okBodies[id] },
        'partial-failure': { summary: 'Records refused with HTTP 200 (captured behaviour of the envelope)', value: partialFailureBodies[id] },
      }),
    },
    400: {
      description:
        "Bad Request: the payload breaks the contract. The body is the results envelope with each rejected record's errors (`error_code` is the rule code in SCREAMING_SNAKE case).",
      content: json('results', { 'validation-error': { summary: 'A payload that breaks a rule', value: validationErrorBodies[id] } }),
    },
    401: errorResponse(401, 'Unauthorized: the bearer token is missing, unknown or expired.', {
      headers: {
        'WWW-Authenticate': {
          description: 'The bearer challenge, e.g. `Bearer error="invalid_token",realm="PowerSchool",error_description="The access token has expired"`.',
          schema: { type: 'string' },
        },
      },
    }),
    403: errorResponse(403, "Forbidden: the plugin lacks FullAccess to a field it writes; the body lists the security errors."),
    415: errorResponse(415, 'Unsupported Media Type: the request body is not sent as application/json.'),
    500: errorResponse(500, 'Internal Server Error: an unknown error occurred. Retry; if it persists, report it to PowerSchool support.'),
  });
}
