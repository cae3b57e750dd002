// Bundles the entry points with esbuild: the VS Code client, the language server and the CLI, and
// the browser build (web client and Web Worker language service).
// Type checking is tsc's job (npm run typecheck); esbuild only strips types, which keeps builds fast.
// The server and CLI bundles are also copied into server/dist/, the installable `newsmd` package
// (server/package.json), whose bins load them from there: `npm run package:cli` packs that folder.
// esbuild bundles every dependency, so the package needs none at run time.
import { build } from 'esbuild';
import { generateFromRegistry } from './generate-from-registry.mjs';

// package.json settings, the .newsmd.yaml schema and the docs index follow the diagnostics registry.
await generateFromRegistry();

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // ESM-only code bundled into CommonJS (fdir, under tinyglobby, reads import.meta.url): give it
  // the bundle's own URL rather than undefined.
  define: { 'import.meta.url': '__newsmdImportMetaUrl' },
  banner: { js: "const __newsmdImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
];

const fs = await import('node:fs');
await Promise.all(
  entries
    .filter((e) => fs.existsSync(e.entryPoints[0]))
    .map((e) => build({ ...common, ...e })),
);

// The browser build (package.json `browser`: vscode.dev, github.dev, a web worker extension host):
// the web client, and the language service it starts in a Web Worker. No Node built-ins: the
// shared client modules import only the language client's common API and the Web Crypto API,
// and any Node import would fail the build (platform browser).
const browserCommon = { bundle: true, platform: 'browser', target: 'es2022', sourcemap: true, logLevel: 'warning' };
const browserEntries = [
  { entryPoints: ['client/src/web/extension.ts'], outfile: 'dist/web/extension.js', format: 'cjs', external: ['vscode'] },
  { entryPoints: ['server/src/web/workerMain.ts'], outfile: 'dist/web/server.js', format: 'iife' },
];
await Promise.all(
  browserEntries
    .filter((e) => fs.existsSync(e.entryPoints[0]))
    .map((e) => build({ ...browserCommon, ...e })),
);

// The package's copies, without source maps (the maps' relative source paths only hold in dist/).
fs.mkdirSync('server/dist', { recursive: true });
for (const name of ['server.js', 'cli.js']) {
  const from = `dist/${name}`;
  if (!fs.existsSync(from)) continue;
  const code = fs.readFileSync(from, 'utf8').replace(/\n\/\/# sourceMappingURL=[^\n]*\n?$/, '\n');
  // Written aside and renamed, so a running `newsmd` never loads half a file.
  fs.writeFileSync(`server/dist/${name}.tmp`, code);
  fs.renameSync(`server/dist/${name}.tmp`, `server/dist/${name}`);
}
if (watch) console.log('watch mode is not supported; rerun npm run build');
