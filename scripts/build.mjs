// Bundles the three entry points with esbuild: the VS Code client, the language server and the CLI.
// Type checking is tsc's job (npm run typecheck); esbuild only strips types, which keeps builds fast.
import { build } from 'esbuild';

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
if (watch) console.log('watch mode is not supported; rerun npm run build');
