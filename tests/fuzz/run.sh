#!/usr/bin/env bash
# Runs each fuzz target for a while (default 120 s each; FUZZ_SECONDS to
# change). Outside CI: needs the nightly toolchain and cargo-fuzz
# (`cargo install cargo-fuzz`). Findings land in tests/fuzz/artifacts/;
# fix them and keep each as a regression case in the native tests.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${FUZZ_SECONDS:-120}
command -v cargo-fuzz >/dev/null || { echo "run: cargo install cargo-fuzz" >&2; exit 1; }
for target in hours attributes stored; do
  echo "fuzz: $target for ${seconds}s"
  cargo +nightly fuzz run --fuzz-dir . "$target" -- -max_total_time="$seconds" -max_len=512
done
