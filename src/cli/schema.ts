// npm run schema: writes scenarios/scenario.schema.json from the zod schema.
import '../i18n'; // the game's English messages, for what a check or a report says
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_FILE, scenarioJsonSchemaText } from '../scenarios/jsonSchema';

const target = fileURLToPath(new URL(`../../${JSON_SCHEMA_FILE}`, import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_FILE}`);
