# The two commands of the README:
#   make demo   builds the release bundle into www/dist/ and serves www/
#   make test   runs every test (native, browser, end to end, size check:
#               tests/e2e/size.test.mjs runs `tests/size-report.mjs --check`)
# Both first install whatever is missing (.ci/setup.sh).
SHELL := bash
PORT ?= 8080
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
# The shipped wasm is built with a pinned nightly so that the standard library
# is rebuilt for size: panics abort at once (no panic messages, locations or
# Debug formatting are kept) and its smaller variants are chosen
# (optimize_for_size), which takes about a seventh off the bundle.
# Tests run on stable; only this release build uses the nightly.
NIGHTLY ?= nightly-2026-05-20
# -reference-types: wasm-bindgen then keeps JavaScript values in a table of
# its glue instead of `externref`s, 1.1 KB gzip less in all (and one wasm
# feature fewer asked of the browser).
SIZE_RUSTFLAGS := -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none \
	-Ctarget-feature=-reference-types
WASM := target/size/wasm32-unknown-unknown/release/service_promises.wasm

.PHONY: demo test build serve size test-native test-browser test-e2e setup-demo setup-test

demo: setup-demo build serve

serve:
	@echo "service-promises demo: http://127.0.0.1:$(PORT)/"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory www

test: setup-test test-native test-browser build test-e2e

setup-demo:
	@bash .ci/setup.sh demo

setup-test:
	@bash .ci/setup.sh test

# Release bundle: the wasm (size-tuned, then wasm-opt) and one JavaScript
# module (the loader, wasm-bindgen's glue and the element class, bundled and
# minified by esbuild: one request instead of a chain of three). The names
# between the two are shortened (src/web/shorten-names.mjs). Then www/dist/
# is made an npm package (src/web/package/build.mjs): package.json with the
# crate's version, the TypeScript declarations, the Custom Elements Manifest
# (generated from the README and the declarations), a README and the licence;
# and the public holidays of every region code by decade (regions/XX/DECADE.json,
# computed natively by examples/region_days.rs from src/regions/XX.json).
build:
	RUSTFLAGS="$(SIZE_RUSTFLAGS)" cargo +$(NIGHTLY) build --release --lib --target wasm32-unknown-unknown \
		-Z build-std=std,panic_abort -Z build-std-features=optimize_for_size --target-dir target/size
	rm -rf target/bindgen www/dist && mkdir -p www/dist
	wasm-bindgen --target web --weak-refs --no-typescript --out-dir target/bindgen --out-name service_promises $(WASM)
	@# --low-memory-unused: the low 1 KB of memory is the far end of the
	@# stack (Rust puts the stack first: it grows down from 1 MiB to 0, and
	@# the data lies above it), reached only by a stack about to overflow;
	@# knowing that, wasm-opt folds constant addresses into loads and stores
	@# (1.4 KB gzip less).
	wasm-opt --merge-similar-functions -Oz --converge --low-memory-unused --strip-debug --strip-producers target/bindgen/service_promises_bg.wasm \
		-o www/dist/service_promises_bg.wasm
	node src/web/shorten-names.mjs www/dist/service_promises_bg.wasm target/bindgen/service_promises.js
	cp src/web/loader.js target/bindgen/loader.js
	cargo run -q --example shared > target/bindgen/shared.json
	@# The loader asks element.js (wasm-bindgen's copy, a snippet) for the
	@# files to fetch before the wasm has come: the same module, so the
	@# same caches.
	echo "export * from './$$(cd target/bindgen && ls snippets/*/src/web/element.js)';" > target/bindgen/element.js
	esbuild target/bindgen/loader.js --bundle --format=esm --minify --target=es2022 --log-level=warning \
		--outfile=www/dist/service-promises.js
	node src/web/package/build.mjs www/dist
	cargo run -q --example region_days -- www/dist/regions
	@node tests/size-report.mjs

size:
	@node tests/size-report.mjs

test-native:
	cargo test

# The browser tests' visitor is in Berlin, as the demo's team (TZ): their
# texts are the team's times; a test with another team zone checks the
# visitor's-time labels. The whole run takes 10-12 s alone on this 2-core
# machine; the runner's 20 s default was not enough with another build
# running beside it, so it gets 120 s.
test-browser:
	TZ=Europe/Berlin WASM_BINDGEN_TEST_TIMEOUT=120 wasm-pack test --headless --chrome -- --test web --test web_panic

test-e2e:
	node --test --test-timeout=300000 tests/e2e/
