/**
 * The statuses the attendance endpoints of the mock answer with.
 *
 * @example
 * ```ts
 * mockStatuses.includes(415); // true
 * ```
 */
export const mockStatuses = [200, 400, 401, 403, 415, 500] as const;

/**
 * A status the attendance endpoints of the mock answer with.
 *
 * @example
 * ```ts
 * mock.nextResponse({ code: 500 satisfies MockStatus });
 * ```
 */
export type MockStatus = (typeof mockStatuses)[number];

/**
 * The named examples `Prefer: example=<name>` selects, and the status each answers with.
 *
 * @example
 * ```ts
 * mockExamples['partial-failure']; // 200
 * ```
 */
export const mockExamples = {
  success: 200,
  'partial-failure': 200,
  'validation-error': 400,
  'expired-token': 401,
  forbidden: 403,
  'unsupported-media-type': 415,
  'server-error': 500,
} as const satisfies Readonly<Record<string, MockStatus>>;

/**
 * The name of an example, e.g. `partial-failure`.
 *
 * @example
 * ```ts
 * const example: MockExampleName = 'partial-failure';
 * ```
 */
export type MockExampleName = keyof typeof mockExamples;

/**
 * A forced answer: by status (`{ code: 500 }`) or by example (`{ example: 'partial-failure' }`).
 * `failRecords` picks the records a partial failure refuses (default: the odd indices, or record 0
 * of a one-record payload).
 *
 * @example
 * ```ts
 * const scenario: MockScenario = { example: 'partial-failure', failRecords: [0, 2] };
 * ```
 */
export type MockScenario =
  | { readonly code: MockStatus }
  | { readonly example: MockExampleName; readonly failRecords?: readonly number[] };

/** The default example of each status. */
const exampleOfStatus: Readonly<Record<MockStatus, MockExampleName>> = {
  200: 'success',
  400: 'validation-error',
  401: 'expired-token',
  403: 'forbidden',
  415: 'unsupported-media-type',
  500: 'server-error',
};

/**
 * The example a scenario selects.
 *
 * @example
 * ```ts
 * exampleOf({ code: 500 }); // 'server-error'
 * ```
 */
export function exampleOf(scenario: MockScenario): MockExampleName {
  return 'code' in scenario ? exampleOfStatus[scenario.code] : scenario.example;
}

/**
 * Reads the scenario of a `Prefer` header, the convention Prism users know: `code=<status>` and/or
 * `example=<name>`, separated by commas or semicolons; other preferences are ignored. An example wins
 * over a code. Returns a string saying what is wrong when a code or name is unknown.
 *
 * @example
 * ```ts
 * scenarioFromPrefer('code=500'); // { code: 500 }
 * scenarioFromPrefer('example=partial-failure'); // { example: 'partial-failure' }
 * scenarioFromPrefer(null); // undefined
 * ```
 */
export function scenarioFromPrefer(header: string | null): MockScenario | string | undefined {
  if (header === null) return undefined;
  let code: string | undefined;
  let example: string | undefined;
  for (const part of header.split(/[,;]/)) {
    const equals = part.indexOf('=');
    if (equals === -1) continue;
    const name = part.slice(0, equals).trim();
    const value = part.slice(equals + 1).trim().replace(/^"(.*)"$/, '$1');
    if (name === 'code') code = value;
    if (name === 'example') example = value;
  }
  if (example !== undefined) {
    return Object.hasOwn(mockExamples, example)
      ? { example: example as MockExampleName }
      : `Prefer: example=${example.slice(0, 60)} is not an example of this mock; use one of ${Object.keys(mockExamples).join(', ')}.`;
  }
  if (code === undefined) return undefined;
  const status = Number(code);
  return (mockStatuses as readonly number[]).includes(status)
    ? { code: status as MockStatus }
    : `Prefer: code=${code.slice(0, 20)} is not a status this mock answers with; use one of ${mockStatuses.join(', ')}.`;
}
