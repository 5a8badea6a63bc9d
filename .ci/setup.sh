#!/usr/bin/env bash
# Installs what the build ("demo") or the whole test suite ("test") needs and
# is missing. Where it cannot (not root), it prints the exact command to run
# and fails. Nothing here downloads a browser of its own:
# Chromium comes from Debian, wasm-opt from npm's binaryen, Rust toolchains
# from rustup, the rest from crates.io.
set -euo pipefail
mode=${1:-test}
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

missing=()
need() { missing+=("$1"); echo "setup: missing: $2" >&2; }
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else echo "setup: run as root: $*" >&2; return 1; fi
}

command -v cargo >/dev/null || { echo "setup: install Rust first: https://rustup.rs (rustup, then re-run)" >&2; exit 1; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  echo "setup: rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The release build uses a pinned nightly with the standard library's source
# (see NIGHTLY in the Makefile); rustup fetches both from the same place as
# the wasm target.
nightly=$(awk -F' *[?]= *' '$1 == "NIGHTLY" {print $2}' Makefile)
if ! rustup run "$nightly" rustc --version >/dev/null 2>&1 ||
   [ ! -f "$(rustup run "$nightly" rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.lock" ]; then
  echo "setup: rustup toolchain install $nightly --profile minimal --component rust-src"
  rustup toolchain install "$nightly" --profile minimal --component rust-src
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
want=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  echo "setup: cargo install wasm-bindgen-cli --version $want (have: ${have:-none})"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

apt_pkgs=()
command -v node >/dev/null && command -v npm >/dev/null || apt_pkgs+=(nodejs npm)
if [ "$mode" = test ]; then
  if ! command -v wasm-pack >/dev/null; then
    echo "setup: cargo install wasm-pack"
    cargo install wasm-pack
  fi
  [ -x /usr/bin/chromium ] || apt_pkgs+=(chromium)
  [ -x /usr/bin/chromedriver ] || apt_pkgs+=(chromium-driver)
fi
if [ ${#apt_pkgs[@]} -gt 0 ]; then
  echo "setup: apt-get install -y ${apt_pkgs[*]}"
  as_root apt-get update -qq || { echo "setup: run: sudo apt-get update && sudo apt-get install -y ${apt_pkgs[*]}" >&2; exit 1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_pkgs[@]}" >/dev/null
fi

# binaryen (wasm-opt), esbuild, playwright-core, axe-core and TypeScript (the
# build generates the npm package's manifest from its declarations) from npm,
# pinned by package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ] || [ ! -x node_modules/.bin/tsc ] ||
   [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "setup: ready ($mode)"
