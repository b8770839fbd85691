//! `WizardDef` (what the file says) → `Wizard` (what the engine walks), reporting every
//! problem at once, each by path so `load` can point at the line and column.

mod build;
mod checker;
mod content;
mod graph;
mod validator;
pub mod values;

pub(crate) use build::build;
use checker::*;
use content::*;
use graph::*;
pub(crate) use validator::Validator;
use validator::*;

use crate::locate::Seg;
use crate::model::{ChannelDef, ChoiceDef, NodeDef, WizardDef};
use crate::text::{is_forbidden, quote, suggest};
use crate::wizard::{
    Channel, Choice, Node, NodeIndex, NodeKind, Outcome, Question, Reach, Wizard, WizardParts,
};
use std::collections::HashMap;

/// Bounds on what a wizard file may hold. Authors with unusual needs raise them by flag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    pub max_file_bytes: u64,
    pub max_nodes: usize,
    /// Nesting depth the RON parser follows before giving up.
    pub max_depth: usize,
    /// Ids, titles, questions, choice labels, channel labels.
    pub max_label_chars: usize,
    /// Help, actions, notes, list items.
    pub max_text_chars: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 64 * 1024 * 1024,
            max_nodes: 2_000_000,
            max_depth: 64,
            max_label_chars: 300,
            max_text_chars: 5_000,
        }
    }
}

/// The most problems one file reports. A broken file of a million nodes can hold
/// millions of problems; past this many they are counted, not kept, and the report
/// ends with how many more there are, so memory and output stay small.
pub const MAX_PROBLEMS: usize = 50;

/// The most choices a question may offer: digits 1–9 pick them directly, and a person
/// under stress should not have to read more.
pub const MAX_CHOICES: usize = 9;

/// One problem, located by path; `load` turns it into a `Diagnostic`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: Vec<Seg>,
    pub message: String,
    pub help: Option<String>,
    /// Another place that explains this one ("first defined here").
    pub related: Option<(Vec<Seg>, String)>,
}

/// Check everything and build the wizard, or return every problem found.
pub fn validate(
    def: WizardDef,
    origin: &str,
    content_hash: u64,
    limits: &Limits,
) -> Result<Wizard, Vec<Problem>> {
    let checked = check(&def, limits)?;
    Ok(build(def, checked, origin, content_hash))
}

/// What checking learnt that building needs: ids resolved, the edges, the start.
#[derive(Debug)]
pub struct Checked {
    index: NodeIndex,
    edges: Vec<Edge>,
    edge_start: Vec<usize>,
    start: usize,
}

impl Checked {
    fn graph(&self) -> Graph<'_> {
        Graph {
            edges: &self.edges,
            start: &self.edge_start,
        }
    }
}

/// Check everything, or return every problem found. Works on owned and borrowed
/// strings alike, so `check` can judge a file without copying its text.
pub fn check<S: AsRef<str>>(def: &WizardDef<S>, limits: &Limits) -> Result<Checked, Vec<Problem>> {
    let mut v = Validator::new(def, limits);
    for (id, node) in &def.nodes {
        v.node(id.as_ref(), node);
    }
    v.finish()
}
