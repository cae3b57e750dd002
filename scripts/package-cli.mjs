// `npm run package:cli`: builds, then packs the `server` workspace (the `newsmd` package: the
// command line and the language server) into newsmd-<version>.tgz in the repository root.
// The package holds its two launchers and the two esbuild bundles they load (server/dist/, which
// `npm run build` writes); every dependency is inside the bundles, so the package declares none
// and `npm install -g ./newsmd-<version>.tgz` needs no network.
//
//   node scripts/package-cli.mjs [--no-build] [--out DIR]
//
// --no-build packs the bundles as they are (the tests use it, so they never rewrite dist/ while
// other tests run it); --out writes the tarball elsewhere. Prints the tarball's path.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const outIndex = argv.indexOf('--out');
const out = path.resolve(outIndex >= 0 && argv[outIndex + 1] ? argv[outIndex + 1] : root);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) {
    process.stderr.write(r.stdout ?? '');
    console.error(`package:cli: ${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
  return r.stdout;
}

if (!argv.includes('--no-build')) run(process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
for (const bundle of ['server/dist/cli.js', 'server/dist/server.js']) {
  if (!existsSync(path.join(root, bundle))) {
    console.error(`package:cli: ${bundle} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
}

const pkg = JSON.parse(readFileSync(path.join(root, 'server', 'package.json'), 'utf8'));
if (pkg.dependencies && Object.keys(pkg.dependencies).length > 0) {
  console.error('package:cli: server/package.json has runtime dependencies; the bundles should carry them');
  process.exit(1);
}

mkdirSync(out, { recursive: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const report = JSON.parse(run(npm, ['pack', '--workspace', 'server', '--pack-destination', out, '--json', '--silent']));
const tarball = path.join(out, report[0].filename);
console.log(tarball);
