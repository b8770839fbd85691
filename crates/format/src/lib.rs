//! reachout's wizard format: one RON file per platform, read with `ron`, checked all at
//! once, and every problem reported at file:line:col with the source line.
//!
//! [`load::load`] turns a file's bytes into a validated [`wizard::Wizard`] or a list of
//! [`diag::Diagnostic`]s. The main crate uses it at run time and its build script uses
//! it to check the built-in wizards, so a broken built-in wizard fails the build.
//! Nothing here does IO.

#![forbid(unsafe_code)]

pub mod diag;
pub mod draft;
mod hash;
pub mod lang;
pub mod load;
pub mod locate;
pub mod model;
pub mod text;
pub mod translate;
pub mod validate;
pub mod wizard;
