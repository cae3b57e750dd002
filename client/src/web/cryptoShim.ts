// `node:crypto` for the browser build (scripts/build.mjs maps the import here): the shared view
// panel (client/src/views/viewPanel.ts) makes its webview nonces with `randomBytes(n).toString('base64')`,
// which the Web Crypto API gives as well.

export function randomBytes(size: number): { toString(encoding: 'base64'): string } {
  const bytes = new Uint8Array(size);
  globalThis.crypto.getRandomValues(bytes);
  return {
    toString(encoding: 'base64'): string {
      if (encoding !== 'base64') throw new Error(`randomBytes().toString(${String(encoding)}) is not supported in the browser build`);
      return btoa(String.fromCharCode(...bytes));
    },
  };
}
