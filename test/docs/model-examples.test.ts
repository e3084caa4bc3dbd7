import { describe, expect, it } from 'vitest';
import { modelExamples } from '../../scripts/openapi-examples.mjs';
import { validatorFor } from '../openapi/schema-validators.js';

// The @example of each generated type (generated/types.ts) comes from scripts/openapi-examples.mjs;
// each must be a value of its schema, so the API docs never show an example the contract rejects.

describe('model examples (the @example of each generated type)', () => {
  it.each(Object.entries(modelExamples))('%s example conforms to its schema definition', (name, example) => {
    const check = validatorFor(name);
    expect(check, `no schema definition is titled ${name}`).toBeDefined();
    expect(check?.(example), JSON.stringify(check?.errors)).toBe(true);
  });
});
