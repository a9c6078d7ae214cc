import { readFileSync } from 'node:fs';
import { parseTopologyDocument } from '../src/io/parseTopology';
import { exportTopology } from '../src/io/exportTopology';
const r = parseTopologyDocument(readFileSync(process.argv[2]!, 'utf8'));
if (!r.ok) { console.error(JSON.stringify(r.errors, null, 1)); process.exit(1); }
if (r.warnings.length) console.error(JSON.stringify(r.warnings));
process.stdout.write(exportTopology(r.topology, 'yaml'));
