// Runs a wasm32-wasi program under node's WASI (preview1) and exits with its status.
// Usage: node run_wasi.mjs [--dir DIR] program.wasm [args...]
// --dir makes DIR (an absolute path) visible to the program under the same path
// (the test binaries read their case files through CARGO_MANIFEST_DIR).
import { WASI } from 'node:wasi';
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import v8 from 'node:v8';

// Node 20's V8 can flush the bytecode of this script's functions while a long-running program runs; the
// exception that WASI's proc_exit throws (returnOnExit) then unwinds through a flushed frame and node dies
// with SIGSEGV after the program has finished. Keeping bytecode avoids that.
v8.setFlagsFromString('--no-flush-bytecode');

let argv = process.argv.slice(2);
const preopens = {};
if (argv[0] === '--dir') { preopens[argv[1]] = argv[1]; argv = argv.slice(2); }
const [path, ...args] = argv;
const wasi = new WASI({ version: 'preview1', args: [path, ...args], env: {}, preopens, returnOnExit: true });
const module = await WebAssembly.compile(await readFile(path));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
