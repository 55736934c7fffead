// Parses an AsyncAPI document with the reference parser; prints the diagnostics and exits 1 on errors.
import { Parser } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';

const parser = new Parser();
const { document, diagnostics } = await parser.parse(readFileSync(process.argv[2], 'utf8'));
const errors = diagnostics.filter((d) => d.severity === 0);
for (const d of diagnostics) console.log(`${['error', 'warning', 'info', 'hint'][d.severity]} ${d.code}: ${d.message} at ${d.path.join('.')}`);
if (!document || errors.length) process.exit(1);
console.log(`ok: ${document.channels().length} channels, ${document.messages().length} messages`);
