// The extension runs from its browser entry in the web worker extension host: no Node, the
// worker's own globals, and the extension's own marker (package.json has both `main` and
// `browser`; the runner's `remote.extensionKind` setting makes VS Code pick the browser one).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../../suite/helpers';

interface WorkerGlobals {
  name?: unknown;
  importScripts?: unknown;
  __newsmdWeb?: { activated: boolean; host: string };
}

suite('web worker extension host', () => {
  test('has no Node: no process, the worker\'s name and importScripts', () => {
    const scope = globalThis as unknown as WorkerGlobals;
    assert.strictEqual(typeof process, 'undefined', 'process is defined: this is a Node extension host');
    assert.strictEqual(scope.name, 'ExtensionHostWorker');
    assert.strictEqual(typeof scope.importScripts, 'function');
  });

  test('activates the browser entry of the extension', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
    await extension.activate();
    assert.strictEqual(extension.packageJSON.browser, './dist/web/extension.js');
    // UI (1) in the web worker host; Workspace (2) in the Node host.
    assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.UI);
    assert.deepStrictEqual((globalThis as unknown as WorkerGlobals).__newsmdWeb, { activated: true, host: 'worker' });
  });
});
