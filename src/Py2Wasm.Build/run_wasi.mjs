// Runs a WASI (preview1) program under node: py2wasm's `run --target wasi`.
// usage: node run_wasi.mjs PROGRAM.wasm [ARGS...]
// stdin/stdout/stderr are the process's; the working directory is preopened as '.'; the exit code passes through.
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import process from 'node:process';
import v8 from 'node:v8';

// Node 20's V8 can flush the bytecode of this script's functions while a long-running program runs; the
// exception that WASI's proc_exit throws (returnOnExit) then unwinds through a flushed frame and node dies
// with SIGSEGV after the program has finished. Keeping bytecode avoids that.
v8.setFlagsFromString('--no-flush-bytecode');

// The module runs on a worker thread with a large native stack: V8 keeps wasm frames on it, and deep
// Python recursion under a raised recursion limit (which the module's own 32 MiB stack allows) would
// exceed the main thread's ~1 MB limit. The WASI calls use the process's file descriptors directly.
const STACK_MB = 512;

if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url), { argv: process.argv.slice(2), resourceLimits: { stackSizeMb: STACK_MB } });
  worker.on('message', (code) => { process.exitCode = code; });
  worker.on('error', (e) => { console.error(e); process.exitCode = 1; });
} else {
  const [wasmPath, ...args] = process.argv.slice(2);
  const wasi = new WASI({
    version: 'preview1',
    args: [wasmPath, ...args],
    env: process.env,
    preopens: { '.': process.cwd() },
    returnOnExit: true,
  });
  const module = await WebAssembly.compile(await readFile(wasmPath));
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  const code = wasi.start(instance);
  parentPort.postMessage(code ?? 0);
}
