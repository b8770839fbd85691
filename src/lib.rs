//! reachout: from "something is wrong with my account" to the one support channel that
//! can help. See `docs/` and DESIGN-level notes in README.md.
//!
//! Pure layers (no IO, no terminal): `model` → `load`/`validate` → `wizard` → `engine`
//! → `catalog` (and `search` over it). Front ends: `tui` (full screen), `plain`,
//! `commands` (scripted and authoring commands).
//! `store` is the only module that touches the filesystem.

#![forbid(unsafe_code)]

pub mod autosave;
pub mod bytes;
pub mod catalog;
pub mod cli;
pub mod commands;
#[cfg(test)]
mod dedent; // used by build.rs; compiled here for its tests
pub mod diag;
pub mod engine;
pub mod graph;
mod hash;
pub mod load;
pub mod locate;
pub mod model;
pub mod plain;
pub mod report;
pub mod script;
pub mod search;
pub mod session;
pub mod store;
pub mod text;
pub mod tui;
pub mod validate;
pub mod wizard;
