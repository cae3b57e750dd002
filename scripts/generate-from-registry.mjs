// Writes what the diagnostics registry (server/src/core/diagnostics/registry.ts) decides into the
// files that must list it: package.json's `newsmd.lint.<code>` settings, the `lint` keys of
// schemas/newsmd-config.schema.json and the table in docs/diagnostics/README.md. A file is
// written only when its text changes, so a second run touches nothing. The generators are
// TypeScript; esbuild bundles them in memory, so this needs no tsc output.
//
//   node scripts/generate-from-registry.mjs          rewrite what differs
//   node scripts/generate-from-registry.mjs --check  only report, exit 1 if anything differs
import { build } from 'esbuild';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = 'server/src/core/diagnostics/generators.ts';

async function loadGenerators() {
  const out = await build({
    entryPoints: [path.join(root, ENTRY)], bundle: true, write: false, platform: 'node', format: 'cjs', logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(path.join(root, ENTRY)));
  return module.exports;
}

/** Rewrites the generated parts; resolves to the repository-relative paths that were (or, with `check`, would be) changed. */
export async function generateFromRegistry({ check = false } = {}) {
  const g = await loadGenerators();
  const targets = [
    ['package.json', g.rewriteManifest],
    ['schemas/newsmd-config.schema.json', g.rewriteConfigSchema],
    ['docs/diagnostics/README.md', g.rewriteDocsIndex],
  ];
  const changed = [];
  for (const [file, rewrite] of targets) {
    const full = path.join(root, file);
    const text = readFileSync(full, 'utf8');
    const next = rewrite(text, g.REGISTRY);
    if (next === text) continue;
    changed.push(file);
    if (check) continue;
    // Aside and renamed, so npm or an editor never reads half a package.json.
    writeFileSync(`${full}.tmp`, next);
    renameSync(`${full}.tmp`, full);
  }
  const missing = g.REGISTRY.map((r) => g.docsPage(r.code)).filter((page) => !existsSync(path.join(root, page)));
  for (const page of missing) console.warn(`generate-from-registry: ${page} does not exist yet; write it (README, "Adding a check")`);
  for (const file of changed) console.log(`generate-from-registry: ${check ? 'out of date' : 'rewrote'} ${file}`);
  return changed;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const changed = await generateFromRegistry({ check });
  if (check && changed.length > 0) process.exitCode = 1;
}
