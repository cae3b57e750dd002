-- Headless Neovim as an LSP client of newsmd-language-server (Neovim 0.7+ API).
-- Opens the file given on the command line, waits for the first non-empty diagnostics the server
-- pushes, writes them as JSON to $NEWSMD_NVIM_OUT and quits. Used by test/lsp/neovim.test.ts;
-- docs/editors.md shows the everyday configuration.
local out = os.getenv('NEWSMD_NVIM_OUT')
local server = os.getenv('NEWSMD_SERVER_JS')
local root = os.getenv('NEWSMD_WORKSPACE')

local function finish(payload)
  vim.fn.writefile({ vim.fn.json_encode(payload) }, out)
  vim.cmd('qall!')
end

vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = '*.news.md',
  callback = function() vim.bo.filetype = 'newsmd' end,
})

local client_id = vim.lsp.start_client({
  name = 'newsmd',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'fixture' } },
  settings = { newsmd = { diagnostics = { debounceMs = 0 } } },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, result)
      if result and #result.diagnostics > 0 then
        finish({ uri = result.uri, diagnostics = result.diagnostics })
      end
    end,
  },
  on_exit = function(code) finish({ error = 'server exited with ' .. tostring(code) }) end,
})

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'newsmd',
  callback = function(args) vim.lsp.buf_attach_client(args.buf, client_id) end,
})

vim.defer_fn(function() finish({ error = 'timed out waiting for diagnostics' }) end, 20000)
