//! A validated wizard: ids resolved to indices, every check passed.
//!
//! Only `validate` builds these, so the engine and the front ends can rely on every
//! invariant: `next` points at a node, the graph has no cycle, every node is reachable,
//! every question has 2..=9 choices and every outcome at least one channel.

use crate::model::Confidence;
use hashbrown::{DefaultHashBuilder, HashTable};
use std::hash::BuildHasher;

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
    index: NodeIndex,
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

#[derive(Debug, Clone)]
pub struct Outcome {
    pub title: String,
    pub action: String,
    pub prepare: Vec<String>,
    pub channels: Vec<Channel>,
    pub expect: Vec<String>,
    pub keywords: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Channel {
    pub label: String,
    pub reach: Reach,
    pub note: Option<String>,
    pub source: String,
    pub checked: String,
    pub confidence: Confidence,
}

/// The value of a channel: what the person uses to get in touch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    Form { url: String },
    Web { url: String },
    Email { address: String },
    Phone { number: String },
    Postal { lines: Vec<String> },
    InApp { steps: Vec<String> },
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
    pub(crate) fn new_validated(parts: WizardParts) -> Wizard {
        let index = parts.index;
        debug_assert!(
            parts
                .nodes
                .iter()
                .enumerate()
                .all(|(i, n)| index.get(&n.id, |j| &parts.nodes[j].id) == Some(i)),
            "the index handed over by validate matches the nodes"
        );
        Wizard {
            id: parts.id,
            title: parts.title,
            keywords: parts.keywords,
            official_domains: parts.official_domains,
            start: parts.start,
            nodes: parts.nodes,
            origin: parts.origin,
            content_hash: parts.content_hash,
            index,
        }
    }

    pub fn node(&self, idx: NodeIdx) -> &Node {
        &self.nodes[idx]
    }

    pub fn find(&self, id: &str) -> Option<NodeIdx> {
        self.index.get(id, |i| &self.nodes[i].id)
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

pub(crate) struct WizardParts {
    pub id: String,
    pub title: String,
    pub keywords: Vec<String>,
    pub official_domains: Vec<String>,
    pub start: NodeIdx,
    pub nodes: Vec<Node>,
    pub origin: String,
    pub content_hash: u64,
    /// Built by `validate` while it checks ids; the ids are the nodes' own.
    pub index: NodeIndex,
}

/// Node id → index, without a second copy of the ids: the table holds half of each
/// id's hash and its node's index in one word, and a lookup compares against the id
/// stored in the node (only when those halves agree, and growing the table never reads
/// an id again). One word rather than two halves the table, whose every insert is a
/// cache miss in a huge file (`check` of 10⁶ nodes: 8 % less time, 20 MB less memory).
/// `validate` builds it once while it looks for duplicate ids, and the `Wizard` keeps it.
#[derive(Clone, Default)]
pub(crate) struct NodeIndex {
    /// One word per node: the top half of the id's hash, then the node's index.
    table: HashTable<u64>,
    hasher: DefaultHashBuilder,
}

impl std::fmt::Debug for NodeIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NodeIndex({} ids)", self.table.len())
    }
}

/// The part of an id's hash the table keeps.
fn tag(hash: u64) -> u64 {
    hash >> 32
}

/// The node an entry names.
fn node_of(entry: u64) -> NodeIdx {
    entry as u32 as NodeIdx
}

/// The table's hash of an entry, from its tag alone (so growing reads no id); the
/// multiplication spreads the tag's bits to the top, where hashbrown takes its 7.
fn spread(tag: u64) -> u64 {
    tag.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

impl NodeIndex {
    pub fn hash(&self, id: &str) -> u64 {
        self.hasher.hash_one(id)
    }

    /// Record that node `i` has `id` (whose [`hash`](Self::hash) is `hash`), unless an
    /// earlier node has it: then `Err(earlier)`. `id_of` gives the id of an indexed node.
    pub fn insert<'a>(
        &mut self,
        id: &str,
        hash: u64,
        i: NodeIdx,
        id_of: impl Fn(NodeIdx) -> &'a str,
    ) -> Result<(), NodeIdx> {
        let tag = tag(hash);
        // `--max-nodes` is at most u32::MAX (cli.rs), so the index fits its half
        let entry = (tag << 32) | u64::from(u32::try_from(i).expect("at most u32::MAX nodes"));
        let same = |&e: &u64| e >> 32 == tag && id_of(node_of(e)) == id;
        match self.table.entry(spread(tag), same, |&e| spread(e >> 32)) {
            hashbrown::hash_table::Entry::Occupied(e) => Err(node_of(*e.get())),
            hashbrown::hash_table::Entry::Vacant(e) => {
                e.insert(entry);
                Ok(())
            }
        }
    }

    /// The node with `id`, whose [`hash`](Self::hash) is `hash`.
    pub fn get_hashed<'a>(
        &self,
        id: &str,
        hash: u64,
        id_of: impl Fn(NodeIdx) -> &'a str,
    ) -> Option<NodeIdx> {
        let tag = tag(hash);
        self.table
            .find(spread(tag), |&e| e >> 32 == tag && id_of(node_of(e)) == id)
            .map(|&e| node_of(e))
    }

    pub fn get<'a>(&self, id: &str, id_of: impl Fn(NodeIdx) -> &'a str) -> Option<NodeIdx> {
        self.get_hashed(id, self.hash(id), id_of)
    }
}

pub use crate::hash::content_hash;
