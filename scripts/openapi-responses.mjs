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

// One record per endpoint shape: daily_time answers with an object, the others with an array.
/** The 200 body of each endpoint's example: every record written. */
export const okBodies = {
  daily_time: envelope(success(1, 58713)),
  batch_daily_time: envelope([success(1, 58713), success(2, 58714), success(3, 58715), success(4, 40112, 'UPDATE')]),
  meeting_interval: envelope([success(1, 77120), success(2, 77121)]),
};

/** A 200 body whose only record was rejected. */
export const recordErrorBody = envelope(failure(1, 'attendance/attendance_codeid', 'INVALID_ATTENDANCE_CODE', 'The attendance code does not exist for this school and year.'));

const badRequestBodies = {
  daily_time: envelope(failure(1, 'attendance/total_minutes', 'MODE_REQUIRED_FIELD', 'total_minutes is required for ATT_ModeTime records.')),
  batch_daily_time: envelope([
    success(1, 58713),
    failure(2, 'attendance/att_date', 'DATE_FORMAT', 'att_date must be a real calendar date as YYYY-MM-DD.'),
  ]),
  meeting_interval: envelope([
    success(1, 77120),
    failure(2, 'attendance/studentid', 'MIXED_STUDENT', 'All records of a meeting_interval payload must be for the same student.'),
  ]),
};

/** The error body of each status that has one. */
export const errorExamples = {
  401: { message: 'The access token has expired' },
  403: { message: 'Security errors', errors: [{ resource: 'ATTENDANCE', field: 'ATT_COMMENT', code: 'FIELD_ACCESS' }] },
  415: { message: 'Unsupported Media Type: send Content-Type: application/json' },
  500: { message: 'An unknown error occurred.' },
};

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
    content: json('error', { [`status${status}`]: { summary: description, value: errorExamples[status] } }),
  });

  return (id) => ({
    200: {
      description:
        "Attendance records were inserted or updated. The body lists a URI (`ref`) per written record. A record the server rejects is reported with `status: ERROR` in the same 200 body, so check every record's status.",
      content: json('results', {
        written: { summary: 'Every record written', value: okBodies[id] },
        recordError: { summary: 'A record rejected with HTTP 200 (captured behaviour of the envelope)', value: recordErrorBody },
      }),
    },
    400: {
      description:
        "Bad Request: the payload breaks the contract. The body is the results envelope with each rejected record's errors (`error_code` is the rule code in SCREAMING_SNAKE case).",
      content: json('results', { contractViolation: { summary: 'A payload that breaks a rule', value: badRequestBodies[id] } }),
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
