//! `<service-promises>`: a support team's promises as concrete deadlines for
//! the customer.
//!
//! The pure core (the calendar, the configuration, the ledger, the state
//! and its actions, the view model, the contract's status types) never
//! touches the browser and is tested natively; [`components`] is the Yew
//! view and [`web`] the thin browser edge.

pub mod calendar;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod components;
pub mod config;
pub mod hooks;
pub mod i18n;
pub mod incident;
pub mod jsonld;
pub mod ledger;
pub mod parse;
pub mod prompt;
pub mod record;
pub mod regions;
pub mod state;
pub mod status;
pub mod store;
pub mod view;
pub mod web;
pub mod words;

/// The wasm build's allocator (see `Cargo.toml`); native builds keep the
/// system's.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
