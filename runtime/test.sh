#!/usr/bin/env bash
# Tests of the Rust runtime (called by eng/test.sh; runnable on its own):
#   1. cargo test natively with rustup's stable toolchain;
#   2. the crate builds for wasm32-wasi and wasm32-unknown-unknown with Debian's rustc 1.63;
#   3. the smoke program (examples/smoke.rs) built natively and for wasm32-wasi prints
#      exactly what CPython prints for tests/data/smoke.py (WASI run under node);
#   4. the case files, whole programs and typed-container tests built for wasm32-wasi
#      with rustc 1.63 and run under node.
# Ends with the line "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"

passed=0
failed=0
ok()   { passed=$((passed + 1)); echo "ok: $1"; }
fail() { failed=$((failed + 1)); echo "FAILED: $1"; }

# rustup's cargo for native builds; Debian's (/usr/bin) for wasm.
NATIVE_CARGO="cargo"
if [ -x "${CARGO_HOME:-$HOME/.cargo}/bin/cargo" ]; then NATIVE_CARGO="${CARGO_HOME:-$HOME/.cargo}/bin/cargo"; fi
# Cargo.lock is not committed; a native cargo may write a format Debian's cargo
# cannot read, so each toolchain gets a fresh one.
rm -f Cargo.lock

# Build directories: CARGO_TARGET_DIR (default ./target) for rustup's cargo,
# DEB_TARGET_DIR (default: the same) for Debian's.
TARGET_DIR="${CARGO_TARGET_DIR:-target}"
DEB_TARGET_DIR="${DEB_TARGET_DIR:-$TARGET_DIR}"

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# 1. native cargo test
if "$NATIVE_CARGO" test --quiet --tests 2>&1 | tee "$log" | grep -E "^(test result|failures:|    [a-z_:]+$|---- )" ; then :; fi
n_ok=$(grep -E "^test result" "$log" | sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\1/' | awk '{s+=$1} END {print s+0}')
n_bad=$(grep -E "^test result" "$log" | sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\2/' | awk '{s+=$1} END {print s+0}')
passed=$((passed + n_ok))
failed=$((failed + n_bad))
if ! grep -q "^test result" "$log"; then tail -30 "$log"; fail "native cargo test did not run"; fi
if [ "$n_bad" -gt 0 ]; then grep -E "expected|got|panicked" "$log" | head -40; fi
rm -f Cargo.lock

# 2. + 3. Debian rustc 1.63: the same tests natively (the wasm builds use this
# compiler, and its std formats some floats differently), then the wasm builds.
deb() { PATH=/usr/bin:$PATH CARGO_TARGET_DIR="$DEB_TARGET_DIR" cargo "$@"; }
if deb test --quiet --tests >"$log" 2>&1; then
  ok "cargo test with rustc $(/usr/bin/rustc --version | cut -d' ' -f2) ($(grep -E "^test result" "$log" | sed -E 's/.* ([0-9]+) passed.*/\1/' | awk '{s+=$1} END {print s+0}') tests)"
else
  grep -E "expected|got|panicked|^error" "$log" | head -40; fail "cargo test with rustc 1.63"
fi
rm -f Cargo.lock
if deb build --quiet --lib --target wasm32-unknown-unknown >"$log" 2>&1; then ok "build wasm32-unknown-unknown (rustc $(/usr/bin/rustc --version | cut -d' ' -f2))"; else tail -30 "$log"; fail "build wasm32-unknown-unknown"; fi
if deb build --quiet --lib --example smoke --target wasm32-wasi >"$log" 2>&1; then
  ok "build wasm32-wasi (lib + smoke)"
  wasm="$DEB_TARGET_DIR/wasm32-wasi/debug/examples/smoke.wasm"
  if node tools/run_wasi.mjs "$wasm" >"$log.out" 2>"$log.err"; then
    if diff -u tests/data/smoke.expected "$log.out"; then ok "smoke under node WASI matches CPython"; else fail "smoke under node WASI output differs"; fi
  else
    grep -v ExperimentalWarning "$log.err" | head -20; fail "smoke under node WASI exited non-zero"
  fi
  rm -f "$log.out" "$log.err"
else
  tail -30 "$log"; fail "build wasm32-wasi"
fi
rm -f Cargo.lock

# 4. The test suites themselves as wasm32-wasi programs under node (they read
# tests/data through a preopened directory). math_module and random_cases
# only run natively: wasm has no C library, and Rust's libm differs from
# glibc's in the last ulp of some transcendental functions (docs/runtime.md).
if deb test --no-run --target wasm32-wasi --test cpython_cases --test programs --test typed >"$log" 2>&1; then
  for t in cpython_cases programs typed; do
    exe=$(sed -n "s|.*Executable tests/$t.rs (\(.*\.wasm\)).*|\1|p" "$log" | head -1)
    skip=""; [ "$t" = cpython_cases ] && skip="--skip math_module"
    if [ -n "$exe" ] && node tools/run_wasi.mjs --dir "$PWD" "$exe" --test-threads=1 $skip >"$log.out" 2>&1 && grep -q "^test result: ok" "$log.out"; then
      ok "wasm32-wasi under node: $t ($(grep -E '^test result' "$log.out" | sed -E 's/.* ([0-9]+) passed.*/\1/') tests)"
    else
      grep -vE "ExperimentalWarning|trace-warnings" "$log.out" | grep -E "expected|got|panicked|FAILED|Error" | head -20; fail "wasm32-wasi under node: $t"
    fi
  done
  rm -f "$log.out"
else
  grep -E "^error" -A5 "$log" | head -30; fail "build the tests for wasm32-wasi"
fi
rm -f Cargo.lock

# Native smoke with the native toolchain.
if "$NATIVE_CARGO" build --quiet --example smoke --example microbench >/dev/null 2>&1 && "$TARGET_DIR/debug/examples/smoke" >"$log" 2>"$log.err" && diff -u tests/data/smoke.expected "$log"; then
  ok "smoke native matches CPython"
else
  head -20 "$log.err"; fail "smoke native"
fi
rm -f "$log.err"
rm -f Cargo.lock

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
