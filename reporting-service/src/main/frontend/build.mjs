// Copies Chart.js's browser build and the page's own script and styles into the service's static resources, so the
// page loads nothing from anywhere but the service. Run by the Maven build (exec-maven-plugin) after `npm ci`.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? join(here, '../../../target/classes/META-INF/resources/dashboard/assets');
mkdirSync(out, { recursive: true });
copyFileSync(join(here, 'node_modules/chart.js/dist/chart.umd.min.js'), join(out, 'chart.umd.min.js'));
for (const file of readdirSync(join(here, 'src'))) {
  copyFileSync(join(here, 'src', file), join(out, file));
}
console.log(`dashboard assets written to ${out}`);
