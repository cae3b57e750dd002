/**
 * A webview nonce: 16 random bytes in base64, from the Web Crypto API that both the Node
 * extension host and the browser's web worker host have (no `node:crypto` in the browser build).
 */
export function webviewNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
