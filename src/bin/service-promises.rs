//! The native command: `service-promises record | report | check | jsonld`
//! (see `src/cli/`). Nothing of it is in the wasm.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    service_promises::cli::main()
}

/// (The wasm build has no command; this keeps `cargo build` for wasm32
/// working when it builds every target.)
#[cfg(target_arch = "wasm32")]
fn main() {}
