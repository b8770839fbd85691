//! reachout: from "something is wrong with my account" to the one support channel that
//! can help. See `docs/architecture.md`.
//!
//! Pure layers (no IO, no terminal): the wizard format (`model` → `load`/`validate` →
//! `wizard`, in the `reachout-format` crate, which the build script uses too) → `engine`
//! → `catalog` (and `search` over it). Front ends: `tui` (full screen), `plain`,
//! `commands` (scripted and authoring commands). `store` is the only module that
//! touches the filesystem.

#![forbid(unsafe_code)]

pub use reachout_format::{diag, draft, load, locate, model, text, translate, validate, wizard};

pub mod autosave;
pub mod catalog;
pub mod cli;
pub mod commands;
pub mod compose;
pub mod engine;
pub mod graph;
pub mod i18n;
pub mod plain;
pub mod print;
pub mod report;
pub mod script;
pub mod search;
pub mod session;
pub mod store;
pub mod tui;
pub mod width;
