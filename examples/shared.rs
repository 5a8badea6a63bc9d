//! Writes what `element.js` and the loader share with the Rust half
//! (`service_promises::web::shared::SHARED`) as JSON, for the loader, which
//! runs before the wasm has come: `cargo run --example shared > shared.json`
//! (the Makefile's build does).

fn main() {
    println!(
        "{}",
        serde_json::to_string(&service_promises::web::shared::SHARED).expect("the shared data as JSON")
    );
}
