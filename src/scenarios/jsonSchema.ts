// The format published as JSON Schema, so editors can check and complete scenario files as authors type.
import * as z from 'zod/mini';
import { scenarioSchema } from './schema';

export const JSON_SCHEMA_FILE = 'scenarios/scenario.schema.json';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, {
    target: 'draft-2020-12',
    io: 'input',
    // zod writes the safe-integer limits on every whole number; to an author they are noise.
    override: ({ jsonSchema }) => {
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
    },
  });
  const { $schema, ...rest } = schema;
  return { $schema, title: 'Bowstring scenario', ...rest };
}

/** The file's exact text: what `npm run schema` writes and the tests compare against. */
export function scenarioJsonSchemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}
