import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILE, scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenarios/jsonSchema';

const checkedIn = () => readFileSync(fileURLToPath(new URL(`../../${JSON_SCHEMA_FILE}`, import.meta.url)), 'utf8');

describe('the published JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` if this fails)', () => {
    expect(checkedIn()).toBe(scenarioJsonSchemaText());
  });

  it('refuses unknown keys, allows "$schema", and explains every field', () => {
    const schema = scenarioJsonSchema() as {
      additionalProperties: unknown;
      properties: Record<string, { description?: string }>;
      required: string[];
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.$schema).toBeDefined();
    expect(schema.required).not.toContain('$schema');
    for (const [key, field] of Object.entries(schema.properties)) expect(field.description, key).toBeTruthy();
  });
});
