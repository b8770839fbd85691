//! A validated wizard: ids resolved to indices, every check passed.
//!
//! Only `validate` builds these, so the engine and the front ends can rely on every
//! invariant: `next` points at a node, the graph has no cycle, every node is reachable,
//! every question has 2..=9 choices and every outcome at least one channel.

pub use crate::hash::content_hash;
pub use crate::model::{
    Channel, ChoiceOption, Confidence, Draft, Field, FieldKind, Outcome, Reach, Source,
};
use std::collections::{HashMap, HashSet};

/// Index of a node inside [`Wizard::nodes`].
pub type NodeIdx = usize;

#[derive(Debug, Clone)]
pub struct Wizard {
    pub id: String,
    pub title: String,
    pub keywords: Vec<String>,
    pub official_domains: Vec<String>,
    pub start: NodeIdx,
    pub nodes: Vec<Node>,
    /// Where the wizard came from (a path, or `embedded:instagram.ron`), for messages.
    pub origin: String,
    /// Hash of the file's text; a saved session notices when its wizard changed.
    pub content_hash: u64,
    /// The language of its texts: `en`, or the language a translation put it in.
    pub language: String,
    /// The keys of the texts a translation did not cover (missing or stale), shown in
    /// English ([`crate::translate`] names the keys).
    pub untranslated: HashSet<String>,
    /// Node id → index.
    index: HashMap<String, NodeIdx>,
}

#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    pub kind: NodeKind,
}

#[derive(Debug, Clone)]
pub enum NodeKind {
    Question(Question),
    Outcome(Outcome),
}

#[derive(Debug, Clone)]
pub struct Question {
    pub text: String,
    pub help: Option<String>,
    pub choices: Vec<Choice>,
}

#[derive(Debug, Clone)]
pub struct Choice {
    pub id: String,
    pub label: String,
    pub next: NodeIdx,
}

impl Channel {
    /// How sure we are of it: the kind of its source.
    pub fn confidence(&self) -> Confidence {
        self.source.confidence()
    }
}

impl Reach {
    /// The kind as a person reads it on a card.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Reach::Form { .. } => "Online form",
            Reach::Web { .. } => "Web page",
            Reach::Email { .. } => "Email",
            Reach::Phone { .. } => "Phone",
            Reach::Postal { .. } => "Letter by post",
            Reach::InApp { .. } => "Step by step",
        }
    }

    /// Stable machine name (JSON, graph output).
    pub fn kind_id(&self) -> &'static str {
        match self {
            Reach::Form { .. } => "form",
            Reach::Web { .. } => "web",
            Reach::Email { .. } => "email",
            Reach::Phone { .. } => "phone",
            Reach::Postal { .. } => "postal",
            Reach::InApp { .. } => "in_app",
        }
    }

    /// The single value worth copying: a URL, an address, a number, the postal lines
    /// joined by newlines, the in-app path joined by " > ".
    pub fn value(&self) -> String {
        match self {
            Reach::Form { url } | Reach::Web { url } => url.clone(),
            Reach::Email { address } => address.clone(),
            Reach::Phone { number } => number.clone(),
            Reach::Postal { lines } => lines.join("\n"),
            Reach::InApp { steps } => steps.join(" > "),
        }
    }

    /// What the system opener can open: the URL, or a `mailto:` / `tel:` link.
    pub fn link(&self) -> Option<String> {
        match self {
            Reach::Form { url } | Reach::Web { url } => Some(url.clone()),
            Reach::Email { address } => Some(format!("mailto:{address}")),
            Reach::Phone { number } => {
                let dial: String = number
                    .chars()
                    .filter(|c| c.is_ascii_digit() || *c == '+')
                    .collect();
                Some(format!("tel:{dial}"))
            }
            Reach::Postal { .. } | Reach::InApp { .. } => None,
        }
    }
}

impl Node {
    pub fn question(&self) -> Option<&Question> {
        match &self.kind {
            NodeKind::Question(q) => Some(q),
            NodeKind::Outcome(_) => None,
        }
    }

    pub fn outcome(&self) -> Option<&Outcome> {
        match &self.kind {
            NodeKind::Outcome(o) => Some(o),
            NodeKind::Question(_) => None,
        }
    }
}

impl Wizard {
    /// Only `validate` calls this, after every check has passed.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        id: String,
        title: String,
        keywords: Vec<String>,
        official_domains: Vec<String>,
        start: NodeIdx,
        nodes: Vec<Node>,
        origin: String,
        content_hash: u64,
    ) -> Wizard {
        let index = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.clone(), i))
            .collect();
        Wizard {
            id,
            title,
            keywords,
            official_domains,
            start,
            nodes,
            origin,
            content_hash,
            language: "en".to_string(),
            untranslated: HashSet::new(),
            index,
        }
    }

    /// Whether the text under `key` of node `node` (`"text"`, `"choices.yes"`,
    /// `"channels.0.label"`; or of the wizard itself with `node` empty: `"title"`) is
    /// shown in English because its translation is missing or out of date.
    pub fn untranslated(&self, node: &str, key: &str) -> bool {
        !self.untranslated.is_empty()
            && if node.is_empty() {
                self.untranslated.contains(key)
            } else {
                self.untranslated.contains(&format!("{node}.{key}"))
            }
    }

    pub fn node(&self, idx: NodeIdx) -> &Node {
        &self.nodes[idx]
    }

    pub fn find(&self, id: &str) -> Option<NodeIdx> {
        self.index.get(id).copied()
    }

    pub fn question_count(&self) -> usize {
        self.nodes.iter().filter(|n| n.question().is_some()).count()
    }

    pub fn outcome_count(&self) -> usize {
        self.nodes.iter().filter(|n| n.outcome().is_some()).count()
    }

    /// Does `query` name this wizard (id, title or keyword, any case)?
    pub fn answers_to(&self, query: &str) -> bool {
        answers_to(&self.id, &self.title, &self.keywords, query)
    }
}

/// Does `query` name the platform with this id, title and keywords (any case)?
pub fn answers_to(id: &str, title: &str, keywords: &[String], query: &str) -> bool {
    let q = query.trim();
    let lower = q.to_lowercase();
    id.eq_ignore_ascii_case(q)
        || title.to_lowercase() == lower
        || keywords.iter().any(|k| k.to_lowercase() == lower)
}
