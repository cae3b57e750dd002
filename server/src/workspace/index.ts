// The workspace module: file-system side of SPEC §7's shared configuration, used by both the
// command line (server/src/cli) and the language server (server/src/lsp). The core stays pure.
export * from './config';
export * from './discover';
