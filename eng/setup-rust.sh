#!/usr/bin/env bash
# Installs everything the Rust side of Py2Wasm needs, from Debian packages only.
# Idempotent: packages already present are skipped; `apt-get update` runs only
# when something is missing. Called by eng/setup.sh; safe to run on its own.
set -euo pipefail

packages=(
  rustc cargo libstd-rust-dev-wasm32 binaryen wabt
  # crates used by runtime/ (and their dependencies, pulled in by apt)
  librust-num-bigint-dev librust-num-traits-dev librust-num-integer-dev
  librust-indexmap-dev
)

missing=()
for p in "${packages[@]}"; do
  if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    :
  else
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-rust: all ${#packages[@]} Debian packages already installed"
else
  echo "setup-rust: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
  echo "setup-rust: installed ${#missing[@]} package(s)"
fi

# Native builds use rustup's stable toolchain when it exists (it is preinstalled on
# the build image); WASM builds use Debian's rustc with its wasm32 std.
if [ -x "$HOME/.cargo/bin/cargo" ] || command -v rustup >/dev/null 2>&1; then
  echo "setup-rust: rustup toolchain present: $("${HOME}/.cargo/bin/rustc" --version 2>/dev/null || rustc --version)"
else
  echo "setup-rust: no rustup toolchain found; native builds will use Debian's $(/usr/bin/rustc --version)"
fi
echo "setup-rust: Debian toolchain: $(/usr/bin/rustc --version), targets: $(ls /usr/lib/rustlib | grep wasm32 | tr '\n' ' ')"
