// Runs a WASI (preview1) program under node: py2wasm's `run --target wasi`.
// usage: node run_wasi.mjs PROGRAM.wasm [ARGS...]
// stdin/stdout/stderr are the process's; the working directory is preopened as '.'; the exit code passes through.
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
import process from 'node:process';
import v8 from 'node:v8';

// Node 20's V8 can flush the bytecode of this script's functions while a long-running program runs; the
// exception that WASI's proc_exit throws (returnOnExit) then unwinds through a flushed frame and node dies
// with SIGSEGV after the program has finished. Keeping bytecode avoids that.
v8.setFlagsFromString('--no-flush-bytecode');

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
process.exitCode = code ?? 0;
