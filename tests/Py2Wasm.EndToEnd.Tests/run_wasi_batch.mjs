// Runs many programs of one WASI (preview1) module under a single node process: the corpus run's WASI half.
// usage: node run_wasi_batch.mjs MODULE.wasm JOBS.json PARALLEL
// JOBS.json is an array of { id, cwd, args, env, stdin, stdout, stderr, timeoutMs }: env holds the variables set on
// top of node's own, stdin is a file to read (or null for an empty one), stdout and stderr are files to create. For each job this prints one JSON line
// { id, exit, timedOut } when it ends.
//
// Starting node and compiling a corpus module of ~90 MB costs about 1.4 s per program; here the module is compiled
// once and shared with the worker threads that run the programs. Each program gets what the single-program runner
// (src/Py2Wasm.Build/run_wasi.mjs) gives it: its own worker with a 512 MB native stack, its working directory
// preopened as '.', its arguments and environment, and files as its standard streams. A program that runs past its
// time limit has its worker terminated.
import { readFileSync, openSync, closeSync, appendFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import process from 'node:process';
import v8 from 'node:v8';

// See run_wasi.mjs: keeps node 20 from crashing when proc_exit unwinds through flushed bytecode.
v8.setFlagsFromString('--no-flush-bytecode');

const STACK_MB = 512;

if (isMainThread) {
  const [wasmPath, jobsPath, parallelText] = process.argv.slice(2);
  const jobs = JSON.parse(readFileSync(jobsPath, 'utf8'));
  const parallel = Math.max(1, Number(parallelText) || 1);
  const module = await WebAssembly.compile(readFileSync(wasmPath));
  let next = 0;
  const runOne = (job) => new Promise((resolve) => {
    const stdin = openSync(job.stdin ?? '/dev/null', 'r');
    const stdout = openSync(job.stdout, 'w');
    const stderr = openSync(job.stderr, 'w');
    let done = false;
    const finish = (exit, timedOut, error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      closeSync(stdin); closeSync(stdout); closeSync(stderr);
      // An uncaught error (a trap) ends the single-program runner with exit code 1 and the error on stderr.
      if (error) appendFileSync(job.stderr, String(error.stack ?? error) + '\n');
      process.stdout.write(JSON.stringify({ id: job.id, exit, timedOut }) + '\n');
      resolve();
    };
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { module, wasmPath, cwd: job.cwd, args: job.args, env: job.env, stdin, stdout, stderr },
      resourceLimits: { stackSizeMb: STACK_MB },
      stdout: false, stderr: false,
    });
    const timer = setTimeout(() => { worker.terminate(); finish(null, true, null); }, job.timeoutMs);
    worker.on('message', (code) => finish(code & 0xff, false, null));
    worker.on('error', (e) => finish(1, false, e));
    worker.on('exit', () => finish(1, false, 'worker exited without a result'));
  });
  const lane = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      await runOne(job);
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
} else {
  const { module, wasmPath, cwd, args, env, stdin, stdout, stderr } = workerData;
  const wasi = new WASI({
    version: 'preview1',
    args: [wasmPath, ...args],
    env: { ...process.env, ...env },
    preopens: { '.': cwd },
    stdin, stdout, stderr,
    returnOnExit: true,
  });
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  const code = wasi.start(instance);
  parentPort.postMessage(code ?? 0);
}

