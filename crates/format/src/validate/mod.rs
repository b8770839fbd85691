//! `WizardDef` (what the file says) → `Wizard` (what the engine walks), reporting every
//! problem at once, each by its path in the file so `load` can point at its line and
//! column.
//!
//! The checks run in reading order: the fields before `nodes`, then each node, then the
//! links between nodes and the shape of the graph. Past [`MAX_PROBLEMS`] problems are
//! counted, not kept.

mod graph;
mod nodes;
pub mod values;

use crate::locate::Seg;
use crate::model::WizardDef;
use crate::text::{is_forbidden, quote};
use crate::wizard::Wizard;
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

/// The most problems one file reports; the report ends with how many more there are.
pub const MAX_PROBLEMS: usize = 50;

/// The most choices a question may offer: digits 1–9 pick them directly, and a person
/// under stress should not have to read more.
pub const MAX_CHOICES: usize = 9;

/// One problem, located by path; `load` turns it into a `Diagnostic`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Empty for a problem with the whole file.
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
    let mut c = Checker {
        limits,
        domains: &def.official_domains,
        problems: Vec::new(),
        hidden: 0,
    };
    nodes::header(&mut c, &def);
    if def.nodes.len() > limits.max_nodes {
        c.report(
            At(&[Seg::Field("nodes")], &[]),
            format!(
                "the file has {} nodes, over the limit of {}",
                def.nodes.len(),
                limits.max_nodes
            ),
            Some("split the wizard, or raise the limit with --max-nodes"),
        );
        return Err(c.into_problems());
    }
    if def.nodes.is_empty() {
        c.report(
            At(&[Seg::Field("nodes")], &[]),
            "the wizard has no nodes".into(),
            Some("add at least one question and its outcomes"),
        );
        return Err(c.into_problems());
    }
    // node id → the first node with it
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(def.nodes.len());
    for (i, (id, node)) in def.nodes.iter().enumerate() {
        let first = *index.entry(id.as_str()).or_insert(i);
        nodes::node(&mut c, i, id, node, (first != i).then_some(first));
    }
    let graph = graph::Graph::resolve(&mut c, &def, &index);
    if !c.problems.is_empty() || c.hidden > 0 {
        return Err(c.into_problems());
    }
    Ok(graph.build(def, origin, content_hash))
}

/// Where a value is: a path and the steps below it, joined only when a problem there is
/// reported (checking a big file must not build a path for every field it looks at).
#[derive(Clone, Copy)]
pub(crate) struct At<'a>(pub &'a [Seg], pub &'a [Seg]);

impl At<'_> {
    fn path(self) -> Vec<Seg> {
        [self.0, self.1].concat()
    }
}

#[derive(Clone, Copy)]
pub(crate) enum Text {
    /// Short, one line, required.
    Label,
    /// Longer, may hold line breaks, required.
    Long,
    /// Where a fact comes from: may cite any site, so links in it are not domain-checked.
    Source,
}

/// The problems found so far, and the checks of single values that report them.
pub(crate) struct Checker<'a> {
    limits: &'a Limits,
    domains: &'a [String],
    problems: Vec<Problem>,
    /// Problems found past [`MAX_PROBLEMS`]: counted, not kept.
    hidden: usize,
}

impl Checker<'_> {
    fn push(&mut self, problem: Problem) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(problem);
        } else {
            self.hidden += 1;
        }
    }

    fn report(&mut self, at: At, message: String, help: Option<&str>) {
        if self.problems.len() >= MAX_PROBLEMS {
            self.hidden += 1;
            return;
        }
        self.push(Problem {
            path: at.path(),
            message,
            help: help.map(str::to_string),
            related: None,
        });
    }

    /// The problems, and, if some were only counted, a last one that says how many.
    fn into_problems(mut self) -> Vec<Problem> {
        if self.hidden > 0 {
            self.problems.push(Problem {
                path: Vec::new(),
                message: format!("{} more problems are not shown", self.hidden),
                help: Some(format!(
                    "these are the first {MAX_PROBLEMS} problems found; fix them and check again"
                )),
                related: None,
            });
        }
        self.problems
    }

    fn id(&mut self, at: At, what: &str, s: &str) {
        if let Err(e) = values::id(s) {
            self.report(
                at,
                format!("{what} {} is not a valid id: {e}", quote(s)),
                Some("ids look like can_log_in or lost-2fa"),
            );
        }
    }

    fn text(&mut self, at: At, what: &str, s: &str, kind: Text) {
        if s.trim().is_empty() {
            self.report(
                at,
                format!("{what} is empty"),
                Some("write something a person can read, or remove the field if it is optional"),
            );
            return;
        }
        let (max, flag) = match kind {
            Text::Label => (self.limits.max_label_chars, "--max-label-chars"),
            Text::Long | Text::Source => (self.limits.max_text_chars, "--max-text-chars"),
        };
        let chars = s.chars().count();
        if chars > max {
            self.report(
                at,
                format!("{what} is {chars} characters long, over the limit of {max}"),
                Some(&format!("shorten it; screens and screen readers need short text (or raise the limit with {flag})")),
            );
        }
        let label = matches!(kind, Text::Label);
        if let Some(c) = s.chars().find(|&c| is_forbidden(c) || (label && c == '\n')) {
            if c == '\n' {
                self.report(
                    at,
                    format!("{what} has a line break; it must fit on one line"),
                    Some("join the lines: questions, labels and titles are read as one line"),
                );
            } else {
                self.report(
                    at,
                    format!(
                        "{what} has the hidden control character U+{:04X}, which could take over the reader's terminal or reorder the text",
                        c as u32
                    ),
                    Some("delete the character; retype the text if you cannot see it"),
                );
            }
        }
        if !matches!(kind, Text::Source) {
            self.addresses_in_text(at, s);
        }
    }

    /// Every address written into free text (a link, an e-mail address, a bare domain)
    /// must obey the rules of a channel's own address.
    fn addresses_in_text(&mut self, at: At, s: &str) {
        for word in values::addresses(s) {
            let lower = word.to_ascii_lowercase();
            let checked = if let Some(address) = lower.strip_prefix("mailto:") {
                let address = address.split('?').next().unwrap_or(address);
                values::email(address).map(|domain| domain.to_string())
            } else if lower.contains("://") {
                values::url(word).map(str::to_string)
            } else if let Ok(domain) = values::email(word) {
                Ok(domain.to_ascii_lowercase())
            } else {
                Ok(values::bare_host(word).unwrap_or(word).to_ascii_lowercase())
            };
            let problem = match checked {
                Err(e) => format!("the text has the address {}: {e}", quote(word)),
                Ok(host) if !values::within(&host, self.domains) => format!(
                    "the text names {}, which is not one of this platform's official domains",
                    quote(&host)
                ),
                Ok(_) => continue,
            };
            self.report(
                at,
                problem,
                Some("write only the platform's own addresses; name any other site without its address"),
            );
        }
    }

    /// A host (of a link or an e-mail address) must be one of the official domains.
    fn on_official_domain(&mut self, at: At, host: &str, what: &str) {
        if self.domains.is_empty() {
            self.report(
                at,
                format!(
                    "this {what} cannot be checked because the wizard lists no official_domains"
                ),
                Some("add the platform's own domains to official_domains"),
            );
        } else if !values::within(host, self.domains) {
            let listed = self.domains.join(", ");
            let help = if what == "source" {
                "an Official source is one of the platform's own pages; cite any other page as ThirdParty(title: ..., url: ...)"
            } else {
                "only link to the platform's own sites: fake support pages are a common scam. If the domain really is official, add it to official_domains"
            };
            self.report(
                at,
                format!(
                    "{} is not one of this platform's official domains ({listed})",
                    quote(host)
                ),
                Some(help),
            );
        }
    }
}
