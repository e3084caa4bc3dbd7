// Builds the OpenAPI 3.1 document (openapi.json) from the bundled schemas/. Pure: takes the loaded
// schemas and returns the document; scripts/generate.mjs writes it and drift-checks it.
//
// components/schemas are the bundle's $defs verbatim (JSON Schema 2020-12, as OpenAPI 3.1 allows),
// with "#/$defs/X" rewritten to "#/components/schemas/X" and ajv's `discriminator` completed with
// the OpenAPI `mapping` (att_mode_code value -> branch) and without the ajv-only siblings. The operations mirror src/endpoints.ts
// (path `/ws/attendance/<id>`, request schema `<id with dashes>.request.schema.json`); a test
// compares them with the `endpoints` table.
import { bundleSchemas } from './schema-bundle.mjs';
import { requestExamples } from './openapi-examples.mjs';
import { responseSchemaOf, responseSet } from './openapi-responses.mjs';
import { tokenPathItem } from './openapi-token.mjs';

const componentsPrefix = '#/components/schemas/';

/** The three operations, in the reference's order. `model` is the request schema's title. */
export const operations = [
  {
    id: 'daily_time',
    model: 'DailyTimeRequest',
    schemaFile: 'daily-time.request.schema.json',
    availableSince: '9.0.0',
    summary: 'Create or update a daily or time attendance record',
    description:
      'Creates or updates one ATT_ModeDaily or ATT_ModeTime attendance record. Only a single record may be submitted in the payload.',
  },
  {
    id: 'batch_daily_time',
    model: 'BatchDailyTimeRequest',
    schemaFile: 'batch-daily-time.request.schema.json',
    availableSince: '25.3.0',
    summary: 'Create or update daily or time attendance records in a batch',
    description:
      'Creates or updates ATT_ModeDaily or ATT_ModeTime attendance records in a batch. A maximum of 200 records may be submitted in the payload.',
  },
  {
    id: 'meeting_interval',
    model: 'MeetingIntervalRequest',
    schemaFile: 'meeting-interval.request.schema.json',
    availableSince: '9.0.0',
    summary: 'Create or update meeting or interval attendance records',
    description:
      'Creates or updates ATT_ModeMeeting or ATT_ModeInterval attendance records. Several records may be submitted, but they must all be for a single student on a single day; a student may have both meeting and interval attendance on the same day.',
  },
];

/** `daily_time` -> `postDailyTime`. */
function operationId(id) {
  return 'post' + id.split('_').map((word) => word[0].toUpperCase() + word.slice(1)).join('');
}

/** Rewrites every `#/$defs/X` to `#/components/schemas/X` and adds the discriminator's mapping. */
function toComponent(node, defs) {
  if (Array.isArray(node)) return node.map((item) => toComponent(item, defs));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') out[key] = value.replace('#/$defs/', componentsPrefix);
    else out[key] = toComponent(value, defs);
  }
  if (out.discriminator && Array.isArray(node.oneOf)) {
    const property = out.discriminator.propertyName;
    const mapping = {};
    for (const branch of node.oneOf) {
      const name = branch.$ref.replace('#/$defs/', '');
      const value = defs[name]?.properties?.[property]?.const;
      if (typeof value !== 'string') throw new Error(`schemas: discriminator branch "${name}" has no const "${property}"`);
      mapping[value] = componentsPrefix + name;
    }
    out.discriminator = { ...out.discriminator, mapping };
    // The sibling `properties`/`required` exist only for ajv's strictRequired; each branch requires
    // the property itself. Redocly's example check misreads them next to a discriminator.
    delete out.properties;
    delete out.required;
  }
  return out;
}

/**
 * The OpenAPI 3.1 document of the three attendance operations.
 *
 * @param {{ file: string, schema: any }[]} schemas - every schema under schemas/ (loadSchemas()).
 * @param {{ version: string, license: string }} pkg - from package.json.
 */
export function buildOpenApi(schemas, pkg) {
  const bundle = bundleSchemas(schemas);
  const defs = bundle.$defs;
  const components = Object.fromEntries(Object.entries(defs).map(([name, def]) => [name, toComponent(def, defs)]));
  const byFile = new Map(schemas.map(({ file, schema }) => [file, schema]));
  const schemaOf = responseSchemaOf((file) => {
    const title = byFile.get(file)?.title;
    return title !== undefined && title in components ? title : undefined;
  });
  const responses = responseSet(schemaOf);

  const paths = {};
  for (const op of operations) {
    const schema = byFile.get(op.schemaFile);
    if (!schema) throw new Error(`schemas/${op.schemaFile} is missing: the ${op.id} operation needs its request schema`);
    if (schema.title !== op.model) throw new Error(`schemas/${op.schemaFile}: title is "${schema.title}", expected "${op.model}"`);
    paths[`/ws/attendance/${op.id}`] = {
      post: {
        operationId: operationId(op.id),
        tags: ['attendance'],
        summary: op.summary,
        description: `${op.description}\n\nAvailable since PowerSchool ${op.availableSince}. Accessible to plugins.`,
        'x-available-since': op.availableSince,
        'x-endpoint-id': op.id,
        requestBody: {
          required: true,
          description: schema.description,
          content: {
            'application/json': {
              schema: { $ref: componentsPrefix + op.model },
              examples: requestExamples[op.id],
            },
          },
        },
        responses: responses(op.id),
      },
    };
  }
  paths['/oauth/access_token'] = tokenPathItem(schemaOf);

  return {
    openapi: '3.1.0',
    'x-generated-by': 'npm run generate (scripts/openapi.mjs) from schemas/. Do not edit: change the schemas and regenerate; npm run generate:check fails on drift.',
    info: {
      title: 'PowerSchool attendance write API',
      version: pkg.version,
      summary: 'The contract of POST /ws/attendance/daily_time, /batch_daily_time and /meeting_interval, as enforced by ps-attendance-contract.',
      description: infoDescription,
      license: { name: pkg.license, identifier: pkg.license },
    },
    servers: [
      {
        url: 'https://{server}',
        description: "Your district's PowerSchool server.",
        variables: { server: { default: 'district.powerschool.com', description: 'The host name of the PowerSchool server.' } },
      },
    ],
    security: [{ powerSchoolOAuth: [] }],
    tags: [
      { name: 'attendance', description: 'Create or update attendance records (Accessible To: PLUGINS).' },
      { name: 'oauth', description: 'Get the bearer token the attendance operations need.' },
    ],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        powerSchoolOAuth: {
          type: 'oauth2',
          description:
            'A plugin gets a bearer token with `POST /oauth/access_token` (header `Authorization: Basic base64(client_id:client_secret)`, content type `application/x-www-form-urlencoded;charset=UTF-8`, body `grant_type=client_credentials`) and sends `Authorization: Bearer <token>`. The reply\'s `expires_in` is a string of seconds. Write access is granted per field in the plugin\'s plugin.xml (`access="FullAccess"`).',
          flows: { clientCredentials: { tokenUrl: '/oauth/access_token', scopes: {} } },
        },
        pluginClientBasic: {
          type: 'http',
          scheme: 'basic',
          description: "The plugin's client id and secret, for POST /oauth/access_token only.",
        },
      },
    },
  };
}

const infoDescription = [
  "PowerSchool's attendance write endpoints, generated from the JSON Schemas of ps-attendance-contract (schemas/).",
  '',
  'The request models follow the PowerSchool reference page, made stricter where the toolkit decided so (ids are 1 to 10 digit strings, att_date is a real YYYY-MM-DD date, each mode has its own required fields and no unknown members).',
  'Some rules cannot be expressed in JSON Schema and are only checked by the `validate()` function: one student and one day per meeting_interval payload, end_time after start_time, and the warnings (duplicate records, overlapping meetings, unused fields, table name).',
  '',
  "Responses: the reference leaves the bodies undocumented. The `results` envelope is **captured** from a live server on another `/ws/` insert/update endpoint; its use by the attendance endpoints is **inferred**. A per-record error is returned with HTTP 200, so a client must check every record's `status`. The 401 `WWW-Authenticate` header is captured; the 400, 403, 415 and 500 bodies are **modelled**.",
].join('\n');
