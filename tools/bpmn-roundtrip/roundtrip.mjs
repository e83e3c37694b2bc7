// Imports every processes/*.bpmn with bpmn-moddle and the Camunda extension (what bpmn-js, and so Camunda Modeler,
// reads and writes with) and exports it again: a file that does not come back byte for byte would be rewritten by the
// first save in the Modeler, and an import warning means an element or attribute the Modeler does not know.
// Usage: node roundtrip.mjs [--write] [files...]   (default: <repo>/processes/*.bpmn)
// --write rewrites each file as the export writes it (run once after editing a model by hand, then check).
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const write = args.includes('--write');
let files = args.filter((a) => a !== '--write');
if (files.length === 0) {
  const dir = join(root, 'processes');
  files = readdirSync(dir).filter((f) => f.endsWith('.bpmn')).sort().map((f) => join(dir, f));
}

let failed = false;
for (const file of files) {
  const name = relative(process.cwd(), file);
  const xml = readFileSync(file, 'utf8');
  const moddle = new BpmnModdle({ camunda });
  let result;
  try {
    result = await moddle.fromXML(xml, 'bpmn:Definitions');
  } catch (e) {
    console.error(`${name}: does not import: ${e.message}`);
    failed = true;
    continue;
  }
  if (result.warnings.length > 0) {
    console.error(`${name}: ${result.warnings.length} import warning(s):`);
    result.warnings.slice(0, 10).forEach((w) => console.error(`  ${w.message}`));
    failed = true;
    continue;
  }
  // bpmn-moddle writes no newline at the end; Modeler saves the same. The files keep a final newline for git, and
  // that one difference is ignored.
  const { xml: exported } = await moddle.toXML(result.rootElement, { format: true });
  if (write) {
    writeFileSync(file, exported + '\n');
    console.log(`${name}: written as bpmn-moddle exports it`);
    continue;
  }
  const actual = xml.endsWith('\n') ? xml.slice(0, -1) : xml;
  if (actual === exported) {
    console.log(`${name}: re-exports unchanged`);
    continue;
  }
  failed = true;
  const a = actual.split('\n');
  const b = exported.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  console.error(`${name}: differs from its re-export from line ${i + 1}:`);
  for (let k = i; k < Math.min(i + 3, Math.max(a.length, b.length)); k++) {
    console.error(`  file  ${k + 1}: ${a[k] ?? '<end of file>'}`);
    console.error(`  export${k + 1}: ${b[k] ?? '<end of file>'}`);
  }
}
if (failed) {
  console.error('bpmn-roundtrip: a model does not re-export unchanged (node tools/bpmn-roundtrip/roundtrip.mjs --write, then review the diff)');
  process.exit(1);
}
