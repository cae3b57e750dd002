import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

type Message = { id?: number | string; method?: string; params?: unknown; result?: unknown; error?: unknown };
type Listener = (params: unknown) => void;

/**
 * The smallest LSP client that drives the real language server over stdio, as an editor would:
 * Content-Length framing, requests with ids, notifications, and answers to the few requests the
 * server sends (configuration, progress tokens, registrations).
 */
export class LspClient {
  private readonly child: ChildProcess;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Map<string, Set<Listener>>();
  readonly stderr: string[] = [];
  private exited = false;

  constructor(serverPath: string, nodeArgs: string[] = []) {
    this.child = spawn(process.execPath, [...nodeArgs, ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.child.on('exit', () => {
      this.exited = true;
      for (const p of this.pending.values()) p.reject(new Error(`language server exited: ${this.stderr.join('').slice(-2000)}`));
      this.pending.clear();
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Peak resident memory of the server so far (Linux `VmHWM`), in bytes; null elsewhere. */
  peakRss(): number | null {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = /VmHWM:\s+(\d+)\s+kB/.exec(status);
      return kb ? Number(kb[1]) * 1024 : null;
    } catch {
      return null;
    }
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.exited) return reject(new Error('language server has exited'));
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  on(method: string, listener: Listener): () => void {
    let set = this.listeners.get(method);
    if (!set) this.listeners.set(method, (set = new Set()));
    set.add(listener);
    return () => set!.delete(listener);
  }

  /** Resolves with the first `method` notification whose params satisfy `test`. */
  waitFor<T>(method: string, test: (params: T) => boolean, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${method}; server stderr: ${this.stderr.join('').slice(-2000)}`));
      }, timeoutMs);
      const off = this.on(method, (params) => {
        if (!test(params as T)) return;
        clearTimeout(timer);
        off();
        resolve(params as T);
      });
    });
  }

  async shutdown(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 5000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    const timer = setTimeout(() => this.child.kill(), 5000);
    await exited;
    clearTimeout(timer);
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin!.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length:\s*(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1] ?? NaN);
      if (!Number.isFinite(length) || this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server: answer what an editor without those features would.
      const result = message.method === 'workspace/configuration' ? [] : null;
      this.send({ id: message.id, result });
      return;
    }
    if (message.method !== undefined) {
      for (const listener of this.listeners.get(message.method) ?? []) listener(message.params);
      return;
    }
    const pending = this.pending.get(Number(message.id));
    if (!pending) return;
    this.pending.delete(Number(message.id));
    if (message.error) pending.reject(new Error(JSON.stringify(message.error)));
    else pending.resolve(message.result);
  }
}
