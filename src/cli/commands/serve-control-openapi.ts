import { mockExamples, mockStatuses } from '../../mock/scenario.js';
import { endpointIds } from '../../endpoints.js';

const message = { type: 'object', required: ['message'], properties: { message: { type: 'string' } } } as const;
const messageResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Message' } } } }) as const;
const jsonResponse = (description: string, ref: string) => ({ description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } }) as const;
const noContent = { description: 'Done.' } as const;

/**
 * The OpenAPI 3.1 document of the control API of `ps-attendance serve` (paths under `/_mock`),
 * served at `GET /_mock/openapi.json` and committed as `serve-control.openapi.json`.
 *
 * @example
 * ```ts
 * Object.keys(controlOpenApi.paths); // ['/_mock/health', '/_mock/openapi.json', '/_mock/records', …]
 * ```
 */
export const controlOpenApi = {
  openapi: '3.1.0',
  info: {
    title: 'ps-attendance serve: control API',
    version: '1',
    description:
      'Drives the state of `ps-attendance serve` from a test in any language, as `mock.reset()`, `records()`, `requests()`, `nextResponse()`, `issueToken()` and `revokeTokens()` do in JavaScript. Refused (404) when the server runs with `--no-control`. No authentication: bind the server to 127.0.0.1 (the default).',
  },
  paths: {
    '/_mock/health': { get: { operationId: 'health', summary: 'Answers 200 while the server runs.', responses: { '200': jsonResponse('Running.', 'Health') } } },
    '/_mock/openapi.json': { get: { operationId: 'openapi', summary: 'This document.', responses: { '200': { description: 'The OpenAPI document.', content: { 'application/json': { schema: { type: 'object' } } } } } } },
    '/_mock/records': { get: { operationId: 'records', summary: 'The attendance rows written so far, in insertion order (mock.records()).', responses: { '200': jsonResponse('The rows.', 'Records') } } },
    '/_mock/requests': { get: { operationId: 'requests', summary: 'The requests received so far, oldest first (mock.requests()); control requests are not listed.', responses: { '200': jsonResponse('The requests.', 'Requests') } } },
    '/_mock/reset': { post: { operationId: 'reset', summary: 'Forgets the rows, the requests and the queued scenarios; ids start again; tokens stay valid (mock.reset()).', responses: { '204': noContent } } },
    '/_mock/next-response': {
      post: {
        operationId: 'nextResponse',
        summary: 'Forces the answer of the next attendance request; calls queue up, one per request, and win over a Prefer header (mock.nextResponse()).',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Scenario' } } } },
        responses: { '204': noContent, '400': messageResponse('Not a scenario: the message says what to send.') },
      },
    },
    '/_mock/tokens': {
      post: {
        operationId: 'issueToken',
        summary: 'Issues a valid bearer token without the OAuth round trip (mock.issueToken()); lifetimeSeconds 0 gives an expired one.',
        requestBody: { required: false, content: { 'application/json': { schema: { $ref: '#/components/schemas/TokenRequest' } } } },
        responses: { '200': jsonResponse('The token.', 'Token'), '400': messageResponse('Not a token request.') },
      },
      delete: { operationId: 'revokeTokens', summary: 'Makes every issued token unknown: the next request with one gets 401 (mock.revokeTokens()).', responses: { '204': noContent } },
    },
  },
  components: {
    schemas: {
      Message: message,
      Health: { type: 'object', required: ['status'], properties: { status: { const: 'ok' } } },
      Records: {
        type: 'object',
        required: ['records'],
        properties: {
          records: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'endpoint', 'attendance'],
              properties: {
                id: { type: 'integer', description: 'The row id, as answered in success_message.id; also its dcid.' },
                endpoint: { enum: [...endpointIds], description: 'The endpoint that last wrote it.' },
                attendance: { type: 'object', description: 'The members last written, with dcid.' },
              },
            },
          },
        },
      },
      Requests: {
        type: 'object',
        required: ['requests'],
        properties: {
          requests: {
            type: 'array',
            items: {
              type: 'object',
              required: ['endpoint', 'url', 'headers', 'body', 'status'],
              properties: {
                endpoint: { enum: ['access_token', ...endpointIds] },
                url: { type: 'string' },
                headers: { type: 'object', additionalProperties: { type: 'string' }, description: 'Names in lower case.' },
                body: { description: 'The parsed JSON body, or the text when it is not JSON.' },
                status: { type: 'integer', description: 'The status the mock answered with.' },
              },
            },
          },
        },
      },
      Scenario: {
        oneOf: [
          { type: 'object', required: ['code'], additionalProperties: false, properties: { code: { enum: [...mockStatuses] } } },
          {
            type: 'object',
            required: ['example'],
            additionalProperties: false,
            properties: {
              example: { enum: Object.keys(mockExamples) },
              failRecords: { type: 'array', items: { type: 'integer', minimum: 0 }, description: 'The records a partial failure refuses (default: odd indices, or record 0 of a one-record payload).' },
            },
          },
        ],
      },
      TokenRequest: { type: 'object', additionalProperties: false, properties: { lifetimeSeconds: { type: 'integer', minimum: 0 } } },
      Token: {
        type: 'object',
        required: ['access_token', 'token_type', 'expires_in'],
        properties: { access_token: { type: 'string' }, token_type: { const: 'Bearer' }, expires_in: { type: 'string', pattern: '^[0-9]+$' } },
      },
    },
  },
} as const;
