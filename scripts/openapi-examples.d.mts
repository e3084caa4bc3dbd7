// Types of scripts/openapi-examples.mjs for the TypeScript tests that import it.
import type { EndpointId } from '../src/index.js';

/** An OpenAPI Example Object. */
export interface ExampleObject {
  readonly summary: string;
  readonly value: unknown;
}
export declare const requestExamples: Readonly<Record<EndpointId, Readonly<Record<string, ExampleObject>>>>;
export declare const modelExamples: Readonly<Record<string, unknown>>;
