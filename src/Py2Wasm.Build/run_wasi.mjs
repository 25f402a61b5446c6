// Runs a WASI (preview1) program under node: py2wasm's `run --target wasi`.
// usage: node run_wasi.mjs PROGRAM.wasm [ARGS...]
// stdin/stdout/stderr are the process's; the working directory is preopened as '.'; the exit code passes through.
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
import process from 'node:process';

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
