//! `<service-promises>`: a support team's promises as concrete deadlines for
//! the customer.
//!
//! The pure core ([`calendar`], [`parse`]) never touches the browser and is
//! tested natively.

pub mod calendar;
pub mod components;
pub mod config;
pub mod dom;
pub mod i18n;
pub mod json;
pub mod jsonld;
pub mod ledger;
pub mod parse;
pub mod record;
pub mod sort;
pub mod store;
pub mod view;
pub mod web;

/// The wasm build's allocator (see `Cargo.toml`); native builds keep the
/// system's.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
