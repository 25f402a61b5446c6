#!/usr/bin/env bash
# Idempotent set-up of everything Py2Wasm needs on a fresh Debian 12 machine.
# Installs only what is missing and says what it did.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

say() { echo "setup: $*"; }
apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then return 0; fi
  if [ "$apt_updated" = 0 ]; then
    say "apt-get update"
    apt-get update -qq
    apt_updated=1
  fi
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
export -f apt_install say 2>/dev/null || true

command -v dotnet >/dev/null || { echo "setup: the .NET 10 SDK (dotnet) is required and is not on PATH" >&2; exit 1; }
command -v python3 >/dev/null || apt_install python3
command -v node >/dev/null || apt_install nodejs

# Rust toolchains, wasm std, Debian-packaged crates, binaryen and wabt.
if [ -f "$here/setup-rust.sh" ]; then
  bash "$here/setup-rust.sh"
fi

say "ok (dotnet $(dotnet --version), $(python3 --version 2>&1), node $(node --version))"
