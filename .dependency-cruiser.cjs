// The import graph's rules, checked by test/unit/architecture/imports.test.ts (and by hand with
// `npx depcruise server/src client/src`). README "Architecture" says why each holds.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A file must not import itself through others: move the shared type or function down into the lower module.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      comment: 'Folders are layers: if a file in folder A imports folder B, no file in B may import A, directly or through other folders.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      comment: 'server/src/core is the pure analysis core: no file system, no LSP connection, no VS Code API. Files, settings and dates are passed in.',
      severity: 'error',
      from: { path: '^server/src/core/' },
      to: { path: ['^(node:)?fs(/promises)?$', '^vscode$', '(^|/)node_modules/(vscode|vscode-language[^/]+)/'] },
    },
    {
      name: 'core-imports-only-core',
      comment: 'The core does not reach up into the front ends (lsp, cli, workspace, cache, client): they call it, never the other way round.',
      severity: 'error',
      from: { path: '^server/src/core/' },
      to: { path: '^(server/src/|client/src/)', pathNot: '^server/src/core/' },
    },
    {
      name: 'service-is-portable',
      comment: 'server/src/service runs in Node and in a Web Worker alike: no Node built-ins, and no front end (lsp, cli, cache) or file-system side of the workspace module; files come through the NewsWorkspace it is given.',
      severity: 'error',
      from: { path: '^server/src/(service|web)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'service-below-front-ends',
      comment: 'The language service does not reach up into the servers or the CLI, nor into the file-system side of the workspace module.',
      severity: 'error',
      from: { path: '^server/src/service/' },
      to: { path: ['^server/src/(lsp|cli|cache|web)/', '^server/src/workspace/(?!configText)'] },
    },
    {
      name: 'front-ends-apart',
      comment: 'The command line and the language servers are two front ends on the same layers (core, service, workspace, cache, runtime): neither imports the other, so what both need lives in one of those layers.',
      severity: 'error',
      from: { path: '^server/src/cli/' },
      to: { path: '^server/src/(lsp|web)/' },
    },
    {
      name: 'servers-apart-from-cli',
      comment: 'See front-ends-apart.',
      severity: 'error',
      from: { path: '^server/src/(lsp|web)/' },
      to: { path: '^server/src/cli/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves, so no edge (and no cycle) is missing from the graph.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^vscode$' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a circle of types is still a circle of modules to read.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    // As Node and esbuild resolve packages' `exports` (vscode-languageserver/node …).
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
