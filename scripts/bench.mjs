// `npm run bench -- bench/<name>.ts [args]`: runs one benchmark under tsx; with no file,
// runs every bench/*.ts in turn. Benchmarks print their figures and compare them with their
// budget; a failing budget is a non-zero exit.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'bench');
const [file, ...args] = process.argv.slice(2);

const files = file
  ? [path.resolve(file)]
  : readdirSync(benchDir)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .sort()
      .map((name) => path.join(benchDir, name));

if (files.length === 0) {
  console.log('No benchmarks in bench/.');
  process.exit(0);
}

let failed = 0;
for (const benchmark of files) {
  console.log(`\n# ${path.relative(root, benchmark)}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', benchmark, ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
