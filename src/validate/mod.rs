//! `WizardDef` (what the file says) → `Wizard` (what the engine walks), reporting every
//! problem at once, each by path so `load` can point at the line and column.

pub mod values;

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

#[derive(Clone, Copy)]
enum Text {
    /// Short, one line, required.
    Label,
    /// Longer, may hold line breaks, required.
    Long,
    /// Where a fact comes from: may cite any site, so links in it are not domain-checked.
    Source,
}

/// A path built on the stack as a chain of links to the parent: checking a million
/// nodes must not allocate (or copy) a path for every field, only for the problems it
/// reports. Extending a path borrows it, so a longer one is built in one expression
/// (`&base.field("choices").index(j)`) or from named steps.
#[derive(Clone, Copy)]
struct At<'p> {
    up: Option<&'p At<'p>>,
    seg: Seg,
}

impl<'p> At<'p> {
    fn top(seg: Seg) -> At<'static> {
        At { up: None, seg }
    }

    fn push(&'p self, seg: Seg) -> At<'p> {
        At {
            up: Some(self),
            seg,
        }
    }

    fn field(&'p self, name: &'static str) -> At<'p> {
        self.push(Seg::Field(name))
    }

    fn index(&'p self, i: usize) -> At<'p> {
        self.push(Seg::Index(i))
    }

    fn segs(&self) -> Vec<Seg> {
        let mut out = vec![self.seg];
        let mut at = self.up;
        while let Some(a) = at {
            out.push(a.seg);
            at = a.up;
        }
        out.reverse();
        out
    }
}

/// "Did you mean" hints compare a wrong id with every node id; a file with thousands of
/// broken links must not make that quadratic, so the hints stop after this many
/// comparisons in all (ten hints in a 200 000-node file, all of them in a small one).
const SUGGESTION_WORK: usize = 2_000_000;

struct Checker<'a> {
    limits: &'a Limits,
    domains: Vec<String>,
    problems: Vec<Problem>,
    suggestion_work: usize,
}

impl Checker<'_> {
    fn report(&mut self, path: &At, message: String, help: Option<&str>) {
        self.problems.push(Problem {
            path: path.segs(),
            message,
            help: help.map(str::to_string),
            related: None,
        });
    }

    fn text(&mut self, path: &At, what: &str, s: &str, kind: Text) {
        if is_blank(s) {
            self.report(
                path,
                format!("{what} is empty"),
                Some("write something a person can read, or remove the field if it is optional"),
            );
            return;
        }
        let max = match kind {
            Text::Label => self.limits.max_label_chars,
            Text::Long | Text::Source => self.limits.max_text_chars,
        };
        // Cheap byte test first: a string of at most `max` bytes has at most `max` chars.
        if s.len() > max && s.chars().count() > max {
            self.report(
                path,
                format!("{what} is {} characters long, over the limit of {max}", s.chars().count()),
                Some("shorten it; screens and screen readers need short text (or raise the limit with --max-label-chars / --max-text-chars)"),
            );
        }
        let (maybe_forbidden, maybe_link) = scan(s);
        if let Some(c) = maybe_forbidden
            .then(|| {
                s.chars()
                    .find(|c| is_forbidden(*c) || (matches!(kind, Text::Label) && *c == '\n'))
            })
            .flatten()
        {
            if c == '\n' {
                self.report(
                    path,
                    format!("{what} has a line break; it must fit on one line"),
                    Some("join the lines: questions, labels and titles are read as one line"),
                );
            } else {
                self.report(
                    path,
                    format!(
                        "{what} has the hidden control character U+{:04X}, which could take over the reader's terminal or reorder the text",
                        c as u32
                    ),
                    Some("delete the character; retype the text if you cannot see it"),
                );
            }
        }
        if maybe_link && !matches!(kind, Text::Source) {
            self.links_in_text(path, s);
        }
    }

    /// A link written into free text must obey the same rule as a channel's URL.
    fn links_in_text(&mut self, path: &At, s: &str) {
        // Every link has a `://`; colons are rare in prose, so look for them first.
        let b = s.as_bytes();
        for colon in memchr::memchr_iter(b':', b) {
            if !b[colon..].starts_with(b"://") {
                continue;
            }
            let start = if colon >= 5 && &b[colon - 5..colon] == b"https" {
                colon - 5
            } else if colon >= 4 && &b[colon - 4..colon] == b"http" {
                colon - 4
            } else {
                continue;
            };
            let rest = &s[start..];
            let link = rest
                .split(|c: char| c.is_whitespace() || "\"')<>".contains(c))
                .next()
                .unwrap_or(rest);
            let link = link.trim_end_matches(['.', ',', ';', ':', '!', '?']);
            let problem = match values::url(link) {
                Err(e) => Some(format!("the text links to {}: {e}", quote(link))),
                Ok(host) if !values::within(host, &self.domains) => Some(format!(
                    "the text links to {}, which is not one of this platform's official domains",
                    quote(host)
                )),
                Ok(_) => None,
            };
            if let Some(message) = problem {
                self.report(
                    path,
                    message,
                    Some("link only to the platform's own sites, or name the page without a link"),
                );
            }
        }
    }

    fn id(&mut self, path: &At, what: &str, s: &str) {
        if let Err(e) = values::id(s) {
            self.report(
                path,
                format!("{what} {} is not a valid id: {e}", quote(s)),
                Some("ids look like can_log_in or lost-2fa"),
            );
        }
    }
}

/// `s.trim().is_empty()`, without walking the string when it starts with a letter.
fn is_blank(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() && !b.is_ascii_whitespace() => false,
        _ => s.trim().is_empty(),
    }
}

/// One pass over the bytes of a text, which the compiler vectorises, answering two
/// questions: could it hold a forbidden character or a line break (control bytes, DEL,
/// and the lead bytes of the forbidden ranges: 0xC2 for U+0080–U+009F, 0xE2 for the
/// bidi controls), and could it hold a link (a colon)? Only a yes costs more work.
fn scan(s: &str) -> (bool, bool) {
    #[inline(always)]
    fn marks(b: u8) -> (u8, u8) {
        (
            u8::from(b < 0x20) | u8::from(b == 0x7f) | u8::from(b == 0xc2) | u8::from(b == 0xe2),
            u8::from(b == b':'),
        )
    }
    let bytes = s.as_bytes();
    let (mut odd, mut colon) = (0u8, 0u8);
    // fixed-size blocks, so the inner loop unrolls into vector compares
    let mut blocks = bytes.chunks_exact(16);
    for block in &mut blocks {
        for &b in block {
            let (o, c) = marks(b);
            odd |= o;
            colon |= c;
        }
    }
    for &b in blocks.remainder() {
        let (o, c) = marks(b);
        odd |= o;
        colon |= c;
    }
    (odd != 0, colon != 0)
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

/// Validation one node at a time, so a reader can check each node as it reads it,
/// while its text is still in the cache, and need not keep it (`reachout check`).
/// Feed it the wizard's fields other than `nodes`, then every node in file order, then
/// `finish` resolves the links between nodes and checks the graph.
pub(crate) struct Validator<'l> {
    c: Checker<'l>,
    /// Problems of the fields other than `nodes`; kept apart because a file with too
    /// many nodes reports only these and the limit.
    header_problems: Vec<Problem>,
    start: String,
    index: NodeIndex,
    ids: Names,
    first_definition: Vec<bool>,
    /// Every choice in file order, as its id and its target's id (`link_names`, two
    /// names per choice) and the target's hash, taken while the text is in the cache;
    /// node i's choices are `link_start[i]..link_start[i + 1]`.
    link_names: Names,
    link_hashes: Vec<u64>,
    link_start: Vec<usize>,
    too_many: bool,
}

/// Short strings end to end in one buffer: the ids of a million nodes take a few
/// megabytes that stay in the cache, where strings spread over the text would make
/// every lookup a trip to memory.
#[derive(Default)]
struct Names {
    text: String,
    ends: Vec<usize>,
}

impl Names {
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.ends.push(self.text.len());
    }

    fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[start..self.ends[i]]
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| self.get(i))
    }
}

impl<'l> Validator<'l> {
    /// Check the fields other than `nodes` (any `nodes` in `def` are ignored).
    pub fn new<S: AsRef<str>>(def: &WizardDef<S>, limits: &'l Limits) -> Self {
        let mut c = Checker {
            limits,
            domains: def
                .official_domains
                .iter()
                .map(|d| d.as_ref().to_string())
                .collect(),
            problems: Vec::new(),
            suggestion_work: SUGGESTION_WORK,
        };
        c.id(&At::top(Seg::Field("id")), "the wizard id", def.id.as_ref());
        c.text(
            &At::top(Seg::Field("title")),
            "the title",
            def.title.as_ref(),
            Text::Label,
        );
        for (i, k) in def.keywords.iter().enumerate() {
            c.text(
                &At::top(Seg::Field("keywords")).index(i),
                "a keyword",
                k.as_ref(),
                Text::Label,
            );
        }
        for (i, d) in def.official_domains.iter().enumerate() {
            let d = d.as_ref();
            if let Err(e) = values::host(d) {
                c.report(
                    &At::top(Seg::Field("official_domains")).index(i),
                    format!("official domain {}: {e}", quote(d)),
                    None,
                );
            }
        }
        let header_problems = std::mem::take(&mut c.problems);
        Validator {
            c,
            header_problems,
            start: def.start.as_ref().to_string(),
            index: NodeIndex::default(),
            ids: Names::default(),
            first_definition: Vec::new(),
            link_names: Names::default(),
            link_hashes: Vec::new(),
            link_start: Vec::new(),
            too_many: false,
        }
    }

    /// Check the next node in file order.
    pub fn node<S: AsRef<str>>(&mut self, id: &str, node: &NodeDef<S>) {
        let i = self.ids.len();
        if i >= self.c.limits.max_nodes {
            // Counted, not checked: the file is refused for its size alone.
            self.too_many = true;
            self.ids.ends.push(self.ids.text.len());
            return;
        }
        let c = &mut self.c;
        let nodes_at = At::top(Seg::Field("nodes"));
        let key_at = nodes_at.push(Seg::Key(i));
        c.id(&key_at, "node id", id);
        let ids = &self.ids;
        let hash = self.index.hash(id);
        let first = self.index.insert(id, hash, i, |j| ids.get(j));
        self.first_definition.push(first.is_ok());
        self.ids.push(id);
        if let Err(first) = first {
            c.problems.push(Problem {
                path: key_at.segs(),
                message: format!("node id {} is used twice", quote(id)),
                help: Some(
                    "give each node its own id; choices and sessions refer to nodes by id".into(),
                ),
                related: Some((
                    vec![Seg::Field("nodes"), Seg::Key(first)],
                    "first defined here".into(),
                )),
            });
        }
        self.link_start.push(self.link_hashes.len());
        let base = nodes_at.push(Seg::Value(i));
        match node {
            NodeDef::Question {
                text,
                help,
                choices,
            } => {
                c.text(
                    &base.field("text"),
                    "the question",
                    text.as_ref(),
                    Text::Label,
                );
                if let Some(h) = help {
                    c.text(&base.field("help"), "the help text", h.as_ref(), Text::Long);
                }
                if choices.len() < 2 {
                    c.report(
                        &base.field("choices"),
                        format!("this question has {} choice{}; a question needs at least two", choices.len(), if choices.len() == 1 { "" } else { "s" }),
                        Some("add the other answers, or point the previous choice straight at the next node"),
                    );
                } else if choices.len() > MAX_CHOICES {
                    c.report(
                        &base.field("choices"),
                        format!("this question has {} choices; at most {MAX_CHOICES} fit on a screen and on the digit keys", choices.len()),
                        Some("group some answers under a follow-up question"),
                    );
                }
                check_choices(c, &base, choices);
                for ch in choices {
                    self.link_names.push(ch.id.as_ref());
                    self.link_names.push(ch.next.as_ref());
                    self.link_hashes.push(self.index.hash(ch.next.as_ref()));
                }
            }
            NodeDef::Outcome {
                title,
                action,
                prepare,
                channels,
                expect,
                keywords,
            } => {
                c.text(
                    &base.field("title"),
                    "the outcome title",
                    title.as_ref(),
                    Text::Label,
                );
                c.text(
                    &base.field("action"),
                    "the action",
                    action.as_ref(),
                    Text::Long,
                );
                for (field, list, what) in [
                    ("prepare", prepare, "an item to prepare"),
                    ("expect", expect, "an item of what to expect"),
                    ("keywords", keywords, "a keyword"),
                ] {
                    let list_at = base.field(field);
                    for (j, s) in list.iter().enumerate() {
                        c.text(&list_at.index(j), what, s.as_ref(), Text::Long);
                    }
                }
                if channels.is_empty() {
                    c.report(
                        &base.field("channels"),
                        "this outcome offers no channel, so the person is left with nowhere to go".into(),
                        Some("add at least one Form, Web, Email, Phone, Postal or InApp channel with its source"),
                    );
                }
                let channels_at = base.field("channels");
                for (j, ch) in channels.iter().enumerate() {
                    check_channel(c, &channels_at.index(j), ch);
                }
            }
        }
    }

    /// How many nodes it was given.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Resolve every link, check the graph, and return what building needs or every
    /// problem found.
    pub fn finish(self) -> Result<Checked, Vec<Problem>> {
        let Validator {
            mut c,
            mut header_problems,
            start,
            index,
            ids,
            first_definition,
            link_names,
            link_hashes,
            mut link_start,
            too_many,
        } = self;
        let nodes_at = At::top(Seg::Field("nodes"));
        if too_many {
            c.problems = header_problems;
            c.report(
                &nodes_at,
                format!(
                    "the file has {} nodes, over the limit of {}",
                    ids.len(),
                    c.limits.max_nodes
                ),
                Some("split the wizard, or raise the limit with --max-nodes"),
            );
            return Err(c.problems);
        }
        if ids.len() == 0 {
            c.problems = header_problems;
            c.report(
                &nodes_at,
                "the wizard has no nodes".into(),
                Some("add at least one question and its outcomes"),
            );
            return Err(c.problems);
        }
        header_problems.append(&mut c.problems);
        c.problems = header_problems;
        link_start.push(link_hashes.len());

        // `choice` is the id of the choice whose `next` this is; `None` for `start`.
        let id_of = |j: usize| ids.get(j);
        let resolve = |c: &mut Checker,
                       path: &At,
                       choice: Option<&str>,
                       target: &str,
                       hash: u64|
         -> Option<usize> {
            let found = index.get_hashed(target, hash, id_of);
            if found.is_none() {
                let suggestion = if c.suggestion_work >= ids.len() {
                    c.suggestion_work -= ids.len();
                    suggest(target, ids.iter())
                } else {
                    None
                };
                let help = match suggestion {
                    Some(s) => format!("did you mean {}?", quote(s)),
                    None => "name one of the node ids defined under `nodes`".to_string(),
                };
                let what = match choice {
                    Some(id) => format!("choice {} leads to", quote(id)),
                    None => "start names".to_string(),
                };
                c.report(
                    path,
                    format!("{what} {}, but no node has that id", quote(target)),
                    Some(&help),
                );
            }
            found
        };
        let start_at = resolve(
            &mut c,
            &At::top(Seg::Field("start")),
            None,
            &start,
            index.hash(&start),
        );
        let mut edges = Vec::with_capacity(link_hashes.len());
        let mut edge_start = Vec::with_capacity(ids.len() + 1);
        for i in 0..ids.len() {
            edge_start.push(edges.len());
            let choices_at = nodes_at.push(Seg::Value(i));
            let choices_at = choices_at.field("choices");
            for (j, k) in (link_start[i]..link_start[i + 1]).enumerate() {
                let (choice, target) = (link_names.get(2 * k), link_names.get(2 * k + 1));
                let choice_at = choices_at.index(j);
                let at = choice_at.field("next");
                if let Some(t) = resolve(&mut c, &at, Some(choice), target, link_hashes[k]) {
                    edges.push(Edge {
                        choice: j,
                        target: t,
                    });
                }
            }
        }
        edge_start.push(edges.len());
        let checked = Checked {
            index,
            edges,
            edge_start,
            start: start_at.unwrap_or(0),
        };
        if start_at.is_some() {
            check_graph(
                &mut c,
                &ids,
                checked.graph(),
                checked.start,
                &first_definition,
            );
        }
        if !c.problems.is_empty() {
            return Err(c.problems);
        }
        Ok(checked)
    }
}

/// A choice that leads to a known node.
#[derive(Debug, Clone, Copy)]
struct Edge {
    choice: usize,
    target: usize,
}

/// Every node's outgoing edges, in one allocation.
#[derive(Clone, Copy)]
struct Graph<'a> {
    edges: &'a [Edge],
    start: &'a [usize],
}

impl<'a> Graph<'a> {
    fn of(&self, node: usize) -> &'a [Edge] {
        &self.edges[self.start[node]..self.start[node + 1]]
    }

    fn len(&self) -> usize {
        self.start.len() - 1
    }
}

/// Above this many choices (already an error) duplicates are found with a map rather
/// than by comparing every pair.
const PAIRWISE_CHOICES: usize = 16;

fn check_choices<S: AsRef<str>>(c: &mut Checker, base: &At, choices: &[ChoiceDef<S>]) {
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut labels: HashMap<String, usize> = HashMap::new();
    let pairwise = choices.len() <= PAIRWISE_CHOICES;
    let choices_at = base.field("choices");
    for (j, ch) in choices.iter().enumerate() {
        let at = choices_at.index(j);
        let (id, label) = (ch.id.as_ref(), ch.label.as_ref());
        c.id(&at.field("id"), "choice id", id);
        c.text(&at.field("label"), "the choice label", label, Text::Label);
        let first_id = if pairwise {
            choices[..j].iter().position(|o| o.id.as_ref() == id)
        } else {
            match ids.entry(id) {
                std::collections::hash_map::Entry::Occupied(e) => Some(*e.get()),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(j);
                    None
                }
            }
        };
        if let Some(first) = first_id {
            c.problems.push(Problem {
                path: at.field("id").segs(),
                message: format!("choice id {} is used twice in this question", quote(id)),
                help: Some("give each choice of a question its own id".into()),
                related: Some((
                    choices_at.index(first).field("id").segs(),
                    "first used here".into(),
                )),
            });
        }
        let same_label = if pairwise {
            choices[..j]
                .iter()
                .any(|o| same_label(o.label.as_ref(), label))
        } else {
            labels.insert(label.trim().to_lowercase(), j).is_some()
        };
        if same_label {
            c.report(
                &at.field("label"),
                format!("two choices of this question read {}", quote(label)),
                Some("a person cannot tell them apart; say what differs"),
            );
        }
    }
}

/// Do two labels read the same, ignoring case and surrounding space?
fn same_label(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.to_lowercase() == b.to_lowercase()
    }
}

fn check_channel<S: AsRef<str>>(c: &mut Checker, at: &At, ch: &ChannelDef<S>) {
    let (label, note, source, checked) = match ch {
        ChannelDef::Form {
            label,
            note,
            source,
            checked,
            ..
        }
        | ChannelDef::Web {
            label,
            note,
            source,
            checked,
            ..
        }
        | ChannelDef::Email {
            label,
            note,
            source,
            checked,
            ..
        }
        | ChannelDef::Phone {
            label,
            note,
            source,
            checked,
            ..
        }
        | ChannelDef::Postal {
            label,
            note,
            source,
            checked,
            ..
        }
        | ChannelDef::InApp {
            label,
            note,
            source,
            checked,
            ..
        } => (
            label.as_ref(),
            note.as_ref().map(AsRef::as_ref),
            source.as_ref(),
            checked.as_ref(),
        ),
    };
    c.text(&at.field("label"), "the channel label", label, Text::Label);
    if let Some(n) = note {
        c.text(&at.field("note"), "the note", n, Text::Long);
    }
    if source.trim().is_empty() {
        c.report(
            &at.field("source"),
            "this channel does not say where it comes from".into(),
            Some("set `source` to the seed file or page where you read it; unsourced contacts are how scams spread"),
        );
    } else {
        c.text(&at.field("source"), "the source", source, Text::Source);
    }
    if let Err(e) = values::date(checked) {
        c.report(
            &at.field("checked"),
            format!("the checked date is wrong: {e}"),
            None,
        );
    }
    let domain_rule = |c: &mut Checker, path: &At, host: &str, what: &str| {
        let domains = &c.domains;
        if domains.is_empty() {
            c.report(
                path,
                format!(
                    "this {what} cannot be checked because the wizard lists no official_domains"
                ),
                Some("add the platform's own domains to official_domains"),
            );
        } else if !values::within(host, domains) {
            let listed = domains.join(", ");
            c.report(
                path,
                format!("{} is not one of this platform's official domains ({listed})", quote(host)),
                Some("only link to the platform's own sites: fake support pages are a common scam. If the domain really is official, add it to official_domains"),
            );
        }
    };
    match ch {
        ChannelDef::Form { url, .. } | ChannelDef::Web { url, .. } => {
            let path = at.field("url");
            let url = url.as_ref();
            match values::url(url) {
                Ok(host) => domain_rule(c, &path, host, "link"),
                Err(e) => c.report(
                    &path,
                    format!("the link {} is not valid: {e}", quote(url)),
                    None,
                ),
            }
        }
        ChannelDef::Email { address, .. } => {
            let path = at.field("address");
            let address = address.as_ref();
            match values::email(address) {
                Ok(domain) => domain_rule(c, &path, domain, "address"),
                Err(e) => c.report(
                    &path,
                    format!("the email address {} is not valid: {e}", quote(address)),
                    None,
                ),
            }
        }
        ChannelDef::Phone { number, .. } => {
            let number = number.as_ref();
            if let Err(e) = values::phone(number) {
                c.report(
                    &at.field("number"),
                    format!("the phone number {} is not valid: {e}", quote(number)),
                    None,
                );
            }
        }
        ChannelDef::Postal { lines, .. } => {
            if lines.len() < 2 {
                c.report(
                    &at.field("lines"),
                    "a postal address needs at least two lines (recipient and place)".into(),
                    None,
                );
            }
            for (i, l) in lines.iter().enumerate() {
                c.text(
                    &at.field("lines").index(i),
                    "an address line",
                    l.as_ref(),
                    Text::Label,
                );
            }
        }
        ChannelDef::InApp { steps, .. } => {
            if steps.is_empty() {
                c.report(
                    &at.field("steps"),
                    "an in-app channel needs the steps to follow".into(),
                    Some("list what to tap, in order"),
                );
            }
            for (i, s) in steps.iter().enumerate() {
                c.text(
                    &at.field("steps").index(i),
                    "a step",
                    s.as_ref(),
                    Text::Long,
                );
            }
        }
    }
}

/// Unreachable nodes (one pass from `start`) and cycles (one depth-first pass over all
/// nodes), both iterative so a deep tree cannot overflow the stack, and both linear:
/// every node and every edge is visited once, and a loop is described in constant time.
fn check_graph(
    c: &mut Checker,
    ids: &Names,
    graph: Graph,
    start: usize,
    first_definition: &[bool],
) {
    let n = graph.len();
    let mut seen = vec![false; n];
    let mut stack = vec![start];
    seen[start] = true;
    while let Some(v) = stack.pop() {
        for e in graph.of(v) {
            if !seen[e.target] {
                seen[e.target] = true;
                stack.push(e.target);
            }
        }
    }
    for (i, reached) in seen.iter().enumerate() {
        // A repeated id is reported as such; calling its second copy unreachable is noise.
        if !reached && first_definition[i] {
            c.report(
                &At::top(Seg::Field("nodes")).push(Seg::Key(i)),
                format!(
                    "node {} cannot be reached from the start",
                    quote(ids.get(i))
                ),
                Some("point a choice at it, or delete it"),
            );
        }
    }

    // 0 = unvisited, 1 = on the current path, 2 = done
    let mut state = vec![0u8; n];
    // where a node on the current path sits in it (valid while its state is 1)
    let mut depth = vec![0usize; n];
    let mut path: Vec<(usize, usize)> = Vec::new(); // (node, next edge to try)
    for root in 0..n {
        if state[root] != 0 {
            continue;
        }
        state[root] = 1;
        depth[root] = 0;
        path.push((root, 0));
        while let Some(&mut (v, ref mut next)) = path.last_mut() {
            if let Some(&Edge { choice, target: t }) = graph.of(v).get(*next) {
                *next += 1;
                match state[t] {
                    0 => {
                        state[t] = 1;
                        depth[t] = path.len();
                        path.push((t, 0));
                    }
                    1 => {
                        let name = |(p, _): &(usize, usize)| ids.get(*p);
                        let lap = &path[depth[t]..];
                        let names: Vec<&str> = if lap.len() > 8 {
                            let mut v: Vec<&str> = lap[..3].iter().map(name).collect();
                            v.push("…");
                            v.extend(lap[lap.len() - 3..].iter().map(name));
                            v
                        } else {
                            lap.iter().map(name).collect()
                        };
                        c.report(
                            &At::top(Seg::Field("nodes")).push(Seg::Value(v)).field("choices").index(choice).field("next"),
                            format!("this choice leads back to {}, making a loop: {} → {}", quote(ids.get(t)), names.join(" → "), ids.get(t)),
                            Some("a wizard must always move forward; point the choice at a later node"),
                        );
                    }
                    _ => {}
                }
            } else {
                state[v] = 2;
                path.pop();
            }
        }
    }
}

/// The checked definition → the wizard the engine walks. Every string moves over (or,
/// when it was borrowed from the text, is copied once).
pub(crate) fn build<S: Into<String>>(
    def: WizardDef<S>,
    checked: Checked,
    origin: &str,
    content_hash: u64,
) -> Wizard {
    fn owned<S: Into<String>>(list: Vec<S>) -> Vec<String> {
        list.into_iter().map(Into::into).collect()
    }
    let graph = checked.graph();
    let nodes = def
        .nodes
        .into_iter()
        .enumerate()
        .map(|(i, (id, node))| {
            let kind = match node {
                NodeDef::Question {
                    text,
                    help,
                    choices,
                } => NodeKind::Question(Question {
                    text: text.into(),
                    help: help.map(Into::into),
                    choices: choices
                        .into_iter()
                        .zip(graph.of(i))
                        .map(|(ch, e)| Choice {
                            id: ch.id.into(),
                            label: ch.label.into(),
                            next: e.target,
                        })
                        .collect(),
                }),
                NodeDef::Outcome {
                    title,
                    action,
                    prepare,
                    channels,
                    expect,
                    keywords,
                } => NodeKind::Outcome(Outcome {
                    title: title.into(),
                    action: action.into(),
                    prepare: owned(prepare),
                    channels: channels.into_iter().map(channel).collect(),
                    expect: owned(expect),
                    keywords: owned(keywords),
                }),
            };
            Node {
                id: id.into(),
                kind,
            }
        })
        .collect();
    Wizard::new_validated(WizardParts {
        id: def.id.into(),
        title: def.title.into(),
        keywords: owned(def.keywords),
        official_domains: owned(def.official_domains),
        start: checked.start,
        nodes,
        origin: origin.to_string(),
        content_hash,
        index: checked.index,
    })
}

fn channel<S: Into<String>>(def: ChannelDef<S>) -> Channel {
    let (label, note, source, checked, confidence, reach) = match def {
        ChannelDef::Form {
            label,
            url,
            note,
            source,
            checked,
            confidence,
        } => (
            label,
            note,
            source,
            checked,
            confidence,
            Reach::Form { url: url.into() },
        ),
        ChannelDef::Web {
            label,
            url,
            note,
            source,
            checked,
            confidence,
        } => (
            label,
            note,
            source,
            checked,
            confidence,
            Reach::Web { url: url.into() },
        ),
        ChannelDef::Email {
            label,
            address,
            note,
            source,
            checked,
            confidence,
        } => (
            label,
            note,
            source,
            checked,
            confidence,
            Reach::Email {
                address: address.into(),
            },
        ),
        ChannelDef::Phone {
            label,
            number,
            note,
            source,
            checked,
            confidence,
        } => (
            label,
            note,
            source,
            checked,
            confidence,
            Reach::Phone {
                number: number.into(),
            },
        ),
        ChannelDef::Postal {
            label,
            lines,
            note,
            source,
            checked,
            confidence,
        } => (
            label,
            note,
            source,
            checked,
            confidence,
            Reach::Postal {
                lines: lines.into_iter().map(Into::into).collect(),
            },
        ),
        ChannelDef::InApp {
            label,
            steps,
            note,
            source,
            checked,
            confidence,
        } => (
            label,
            note,
            source,
            checked,
            confidence,
            Reach::InApp {
                steps: steps.into_iter().map(Into::into).collect(),
            },
        ),
    };
    Channel {
        label: label.into(),
        reach,
        note: note.map(Into::into),
        source: source.into(),
        checked: checked.into(),
        confidence,
    }
}
