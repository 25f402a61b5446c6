#!/usr/bin/env bash
# Runs every test of the repository: set-up, build, .NET tests, Rust runtime tests.
# Prints a closing line "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

bash eng/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
passed=0; failed=0; status=0
log="$(mktemp -d)"
start=$SECONDS
step() { echo "== $1 (at $((SECONDS - start)) s)"; }

step "dotnet build"
if ! dotnet build Py2Wasm.sln -c Release -nologo -v:q 2>&1 | tee "$log/build.txt" | grep -E "error|Warn|Build succeeded" ; then :; fi
if ! grep -q "Build succeeded" "$log/build.txt"; then
  echo "dotnet build failed"; echo "0 passed, 1 failed"; exit 1
fi

echo "== dotnet test"
for proj in $(ls tests/*/*.Tests.csproj 2>/dev/null); do
  name="$(basename "$proj" .csproj)"
  step "$name"
  dotnet test "$proj" -c Release --no-build -nologo --logger "console;verbosity=minimal" 2>&1 | tee "$log/$name.txt"
  rc=${PIPESTATUS[0]}
  line="$(grep -E '(Passed|Failed)!' "$log/$name.txt" | tail -n 1)"
  p="$(echo "$line" | sed -nE 's/.*Passed: *([0-9]+).*/\1/p')"; f="$(echo "$line" | sed -nE 's/.*Failed: *([0-9]+),.*/\1/p')"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  if [ "$rc" -ne 0 ]; then status=1; [ "${f:-0}" -eq 0 ] && failed=$((failed + 1)); fi
done

if [ -x runtime/test.sh ] || [ -f runtime/test.sh ]; then
  step "runtime (Rust)"
  bash runtime/test.sh 2>&1 | tee "$log/runtime.txt"
  rc=${PIPESTATUS[0]}
  line="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log/runtime.txt" | tail -n 1)"
  p="$(echo "$line" | sed -nE 's/^([0-9]+) passed.*/\1/p')"; f="$(echo "$line" | sed -nE 's/.* ([0-9]+) failed.*/\1/p')"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  if [ "$rc" -ne 0 ]; then status=1; [ "${f:-0}" -eq 0 ] && failed=$((failed + 1)); fi
fi

step "done"
echo "$passed passed, $failed failed"
exit $status
