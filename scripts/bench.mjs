// `npm run bench [-- --smoke] [-- --out FILE]`: bundles the benchmark and the language server
// from the current sources into .cache/bench/ (esbuild: a second, no type checking), then runs it.
// The server is bundled exactly as `npm run build` bundles dist/server.js.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const out = '.cache/bench';
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
await Promise.all([
  // The web rows drive Chromium and bundle their worker at run time: both tools stay outside.
  build({ ...common, entryPoints: ['bench/run.ts'], outfile: `${out}/bench/run.js`, external: ['playwright-core', 'esbuild'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: `${out}/server/src/server.js` }),
]);
const result = spawnSync(process.execPath, [`${out}/bench/run.js`, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 2;
