//! `WizardDef` (what the file says) → `Wizard` (what the engine walks), reporting every
//! problem at once, each by path so `load` can point at the line and column.

pub mod values;

use crate::locate::Seg;
use crate::model::{ChannelDef, ChoiceDef, NodeDef, WizardDef};
use crate::text::{is_forbidden, quote, suggest};
use crate::wizard::{
    Channel, Choice, Node, NodeKind, Outcome, Question, Reach, Wizard, WizardParts,
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

struct Checker<'a> {
    limits: &'a Limits,
    domains: &'a [String],
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, path: Vec<Seg>, message: String, help: Option<&str>) {
        self.problems.push(Problem {
            path,
            message,
            help: help.map(str::to_string),
            related: None,
        });
    }

    fn text(&mut self, path: &[Seg], what: &str, s: &str, kind: Text) {
        if s.trim().is_empty() {
            self.report(
                path.to_vec(),
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
                path.to_vec(),
                format!("{what} is {} characters long, over the limit of {max}", s.chars().count()),
                Some("shorten it; screens and screen readers need short text (or raise the limit with --max-label-chars / --max-text-chars)"),
            );
        }
        if let Some(c) = s
            .chars()
            .find(|c| is_forbidden(*c) || (matches!(kind, Text::Label) && *c == '\n'))
        {
            if c == '\n' {
                self.report(
                    path.to_vec(),
                    format!("{what} has a line break; it must fit on one line"),
                    Some("join the lines: questions, labels and titles are read as one line"),
                );
            } else {
                self.report(
                    path.to_vec(),
                    format!(
                        "{what} has the hidden control character U+{:04X}, which could take over the reader's terminal or reorder the text",
                        c as u32
                    ),
                    Some("delete the character; retype the text if you cannot see it"),
                );
            }
        }
        if !matches!(kind, Text::Source) {
            self.links_in_text(path, s);
        }
    }

    /// A link written into free text must obey the same rule as a channel's URL.
    fn links_in_text(&mut self, path: &[Seg], s: &str) {
        for (at, _) in s.match_indices("http") {
            let rest = &s[at..];
            if !(rest.starts_with("https://") || rest.starts_with("http://")) {
                continue;
            }
            let link = rest
                .split(|c: char| c.is_whitespace() || "\"')<>".contains(c))
                .next()
                .unwrap_or(rest);
            let link = link.trim_end_matches(['.', ',', ';', ':', '!', '?']);
            let problem = match values::url(link) {
                Err(e) => Some(format!("the text links to {}: {e}", quote(link))),
                Ok(host) if !values::within(host, self.domains) => Some(format!(
                    "the text links to {}, which is not one of this platform's official domains",
                    quote(host)
                )),
                Ok(_) => None,
            };
            if let Some(message) = problem {
                self.report(
                    path.to_vec(),
                    message,
                    Some("link only to the platform's own sites, or name the page without a link"),
                );
            }
        }
    }

    fn id(&mut self, path: &[Seg], what: &str, s: &str) {
        if let Err(e) = values::id(s) {
            self.report(
                path.to_vec(),
                format!("{what} {} is not a valid id: {e}", quote(s)),
                Some("ids look like can_log_in or lost-2fa"),
            );
        }
    }
}

fn with(base: &[Seg], more: &[Seg]) -> Vec<Seg> {
    let mut v = Vec::with_capacity(base.len() + more.len());
    v.extend_from_slice(base);
    v.extend_from_slice(more);
    v
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
    };
    c.id(&[Seg::Field("id")], "the wizard id", &def.id);
    c.text(&[Seg::Field("title")], "the title", &def.title, Text::Label);
    for (i, k) in def.keywords.iter().enumerate() {
        c.text(
            &[Seg::Field("keywords"), Seg::Index(i)],
            "a keyword",
            k,
            Text::Label,
        );
    }
    for (i, d) in def.official_domains.iter().enumerate() {
        if let Err(e) = values::host(d) {
            c.report(
                vec![Seg::Field("official_domains"), Seg::Index(i)],
                format!("official domain {}: {e}", quote(d)),
                None,
            );
        }
    }
    if def.nodes.len() > limits.max_nodes {
        c.report(
            vec![Seg::Field("nodes")],
            format!(
                "the file has {} nodes, over the limit of {}",
                def.nodes.len(),
                limits.max_nodes
            ),
            Some("split the wizard, or raise the limit with --max-nodes"),
        );
        return Err(c.problems);
    }
    if def.nodes.is_empty() {
        c.report(
            vec![Seg::Field("nodes")],
            "the wizard has no nodes".into(),
            Some("add at least one question and its outcomes"),
        );
        return Err(c.problems);
    }

    // Node ids → index of their first definition.
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(def.nodes.len());
    let mut first_definition = vec![true; def.nodes.len()];
    for (i, (id, _)) in def.nodes.iter().enumerate() {
        let key = [Seg::Field("nodes"), Seg::Key(i)];
        c.id(&key, "node id", id);
        if let Some(&first) = index.get(id.as_str()) {
            c.problems.push(Problem {
                path: key.to_vec(),
                message: format!("node id {} is used twice", quote(id)),
                help: Some(
                    "give each node its own id; choices and sessions refer to nodes by id".into(),
                ),
                related: Some((
                    vec![Seg::Field("nodes"), Seg::Key(first)],
                    "first defined here".into(),
                )),
            });
            first_definition[i] = false;
        } else {
            index.insert(id, i);
        }
    }
    let resolve = |c: &mut Checker, path: Vec<Seg>, what: String, target: &str| -> Option<usize> {
        let found = index.get(target).copied();
        if found.is_none() {
            let help = match suggest(target, index.keys().copied()) {
                Some(s) => format!("did you mean {}?", quote(s)),
                None => "name one of the node ids defined under `nodes`".to_string(),
            };
            c.report(
                path,
                format!("{what} {}, but no node has that id", quote(target)),
                Some(&help),
            );
        }
        found
    };
    let start = resolve(
        &mut c,
        vec![Seg::Field("start")],
        "start names".into(),
        &def.start,
    );

    // Per node: content checks, and the edges for the graph checks below.
    let mut edges: Vec<Vec<(usize, usize)>> = Vec::with_capacity(def.nodes.len()); // (choice, target)
    for (i, (_, node)) in def.nodes.iter().enumerate() {
        let base = [Seg::Field("nodes"), Seg::Value(i)];
        let mut out = Vec::new();
        match node {
            NodeDef::Question {
                text,
                help,
                choices,
            } => {
                c.text(
                    &with(&base, &[Seg::Field("text")]),
                    "the question",
                    text,
                    Text::Label,
                );
                if let Some(h) = help {
                    c.text(
                        &with(&base, &[Seg::Field("help")]),
                        "the help text",
                        h,
                        Text::Long,
                    );
                }
                if choices.len() < 2 {
                    c.report(
                        with(&base, &[Seg::Field("choices")]),
                        format!("this question has {} choice{}; a question needs at least two", choices.len(), if choices.len() == 1 { "" } else { "s" }),
                        Some("add the other answers, or point the previous choice straight at the next node"),
                    );
                } else if choices.len() > MAX_CHOICES {
                    c.report(
                        with(&base, &[Seg::Field("choices")]),
                        format!("this question has {} choices; at most {MAX_CHOICES} fit on a screen and on the digit keys", choices.len()),
                        Some("group some answers under a follow-up question"),
                    );
                }
                check_choices(&mut c, &base, choices);
                for (j, ch) in choices.iter().enumerate() {
                    let path = with(
                        &base,
                        &[Seg::Field("choices"), Seg::Index(j), Seg::Field("next")],
                    );
                    if let Some(t) = resolve(
                        &mut c,
                        path,
                        format!("choice {} leads to", quote(&ch.id)),
                        &ch.next,
                    ) {
                        out.push((j, t));
                    }
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
                    &with(&base, &[Seg::Field("title")]),
                    "the outcome title",
                    title,
                    Text::Label,
                );
                c.text(
                    &with(&base, &[Seg::Field("action")]),
                    "the action",
                    action,
                    Text::Long,
                );
                for (field, list, what) in [
                    ("prepare", prepare, "an item to prepare"),
                    ("expect", expect, "an item of what to expect"),
                    ("keywords", keywords, "a keyword"),
                ] {
                    for (j, s) in list.iter().enumerate() {
                        c.text(
                            &with(&base, &[Seg::Field(field), Seg::Index(j)]),
                            what,
                            s,
                            Text::Long,
                        );
                    }
                }
                if channels.is_empty() {
                    c.report(
                        with(&base, &[Seg::Field("channels")]),
                        "this outcome offers no channel, so the person is left with nowhere to go".into(),
                        Some("add at least one Form, Web, Email, Phone, Postal or InApp channel with its source"),
                    );
                }
                for (j, ch) in channels.iter().enumerate() {
                    check_channel(
                        &mut c,
                        &with(&base, &[Seg::Field("channels"), Seg::Index(j)]),
                        ch,
                        &def.official_domains,
                    );
                }
            }
        }
        edges.push(out);
    }

    if let Some(start) = start {
        check_graph(&mut c, &def, &edges, start, &first_definition);
    }
    if !c.problems.is_empty() {
        return Err(c.problems);
    }
    Ok(build(def, &edges, start.unwrap_or(0), origin, content_hash))
}

fn check_choices(c: &mut Checker, base: &[Seg], choices: &[ChoiceDef]) {
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut labels: HashMap<String, usize> = HashMap::new();
    for (j, ch) in choices.iter().enumerate() {
        let at = with(base, &[Seg::Field("choices"), Seg::Index(j)]);
        c.id(&with(&at, &[Seg::Field("id")]), "choice id", &ch.id);
        c.text(
            &with(&at, &[Seg::Field("label")]),
            "the choice label",
            &ch.label,
            Text::Label,
        );
        if let Some(first) = ids.insert(&ch.id, j) {
            c.problems.push(Problem {
                path: with(&at, &[Seg::Field("id")]),
                message: format!("choice id {} is used twice in this question", quote(&ch.id)),
                help: Some("give each choice of a question its own id".into()),
                related: Some((
                    with(
                        base,
                        &[Seg::Field("choices"), Seg::Index(first), Seg::Field("id")],
                    ),
                    "first used here".into(),
                )),
            });
        }
        if labels.insert(ch.label.trim().to_lowercase(), j).is_some() {
            c.report(
                with(&at, &[Seg::Field("label")]),
                format!("two choices of this question read {}", quote(&ch.label)),
                Some("a person cannot tell them apart; say what differs"),
            );
        }
    }
}

fn check_channel(c: &mut Checker, at: &[Seg], ch: &ChannelDef, domains: &[String]) {
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
        } => (label, note, source, checked),
    };
    c.text(
        &with(at, &[Seg::Field("label")]),
        "the channel label",
        label,
        Text::Label,
    );
    if let Some(n) = note {
        c.text(&with(at, &[Seg::Field("note")]), "the note", n, Text::Long);
    }
    if source.trim().is_empty() {
        c.report(
            with(at, &[Seg::Field("source")]),
            "this channel does not say where it comes from".into(),
            Some("set `source` to the seed file or page where you read it; unsourced contacts are how scams spread"),
        );
    } else {
        c.text(
            &with(at, &[Seg::Field("source")]),
            "the source",
            source,
            Text::Source,
        );
    }
    if let Err(e) = values::date(checked) {
        c.report(
            with(at, &[Seg::Field("checked")]),
            format!("the checked date is wrong: {e}"),
            None,
        );
    }
    let domain_rule = |c: &mut Checker, path: Vec<Seg>, host: &str, what: &str| {
        if domains.is_empty() {
            c.report(
                path,
                format!(
                    "this {what} cannot be checked because the wizard lists no official_domains"
                ),
                Some("add the platform's own domains to official_domains"),
            );
        } else if !values::within(host, domains) {
            c.report(
                path,
                format!("{} is not one of this platform's official domains ({})", quote(host), domains.join(", ")),
                Some("only link to the platform's own sites: fake support pages are a common scam. If the domain really is official, add it to official_domains"),
            );
        }
    };
    match ch {
        ChannelDef::Form { url, .. } | ChannelDef::Web { url, .. } => {
            let path = with(at, &[Seg::Field("url")]);
            match values::url(url) {
                Ok(host) => domain_rule(c, path, host, "link"),
                Err(e) => c.report(
                    path,
                    format!("the link {} is not valid: {e}", quote(url)),
                    None,
                ),
            }
        }
        ChannelDef::Email { address, .. } => {
            let path = with(at, &[Seg::Field("address")]);
            match values::email(address) {
                Ok(domain) => domain_rule(c, path, domain, "address"),
                Err(e) => c.report(
                    path,
                    format!("the email address {} is not valid: {e}", quote(address)),
                    None,
                ),
            }
        }
        ChannelDef::Phone { number, .. } => {
            if let Err(e) = values::phone(number) {
                c.report(
                    with(at, &[Seg::Field("number")]),
                    format!("the phone number {} is not valid: {e}", quote(number)),
                    None,
                );
            }
        }
        ChannelDef::Postal { lines, .. } => {
            if lines.len() < 2 {
                c.report(
                    with(at, &[Seg::Field("lines")]),
                    "a postal address needs at least two lines (recipient and place)".into(),
                    None,
                );
            }
            for (i, l) in lines.iter().enumerate() {
                c.text(
                    &with(at, &[Seg::Field("lines"), Seg::Index(i)]),
                    "an address line",
                    l,
                    Text::Label,
                );
            }
        }
        ChannelDef::InApp { steps, .. } => {
            if steps.is_empty() {
                c.report(
                    with(at, &[Seg::Field("steps")]),
                    "an in-app channel needs the steps to follow".into(),
                    Some("list what to tap, in order"),
                );
            }
            for (i, s) in steps.iter().enumerate() {
                c.text(
                    &with(at, &[Seg::Field("steps"), Seg::Index(i)]),
                    "a step",
                    s,
                    Text::Long,
                );
            }
        }
    }
}

/// Unreachable nodes (one pass from `start`) and cycles (one depth-first pass over all
/// nodes), both iterative so a deep tree cannot overflow the stack.
fn check_graph(
    c: &mut Checker,
    def: &WizardDef,
    edges: &[Vec<(usize, usize)>],
    start: usize,
    first_definition: &[bool],
) {
    let n = edges.len();
    let mut seen = vec![false; n];
    let mut stack = vec![start];
    seen[start] = true;
    while let Some(v) = stack.pop() {
        for &(_, t) in &edges[v] {
            if !seen[t] {
                seen[t] = true;
                stack.push(t);
            }
        }
    }
    for (i, reached) in seen.iter().enumerate() {
        // A repeated id is reported as such; calling its second copy unreachable is noise.
        if !reached && first_definition[i] {
            c.report(
                vec![Seg::Field("nodes"), Seg::Key(i)],
                format!(
                    "node {} cannot be reached from the start",
                    quote(&def.nodes[i].0)
                ),
                Some("point a choice at it, or delete it"),
            );
        }
    }

    // 0 = unvisited, 1 = on the current path, 2 = done
    let mut state = vec![0u8; n];
    let mut path: Vec<(usize, usize)> = Vec::new(); // (node, next edge to try)
    for root in 0..n {
        if state[root] != 0 {
            continue;
        }
        state[root] = 1;
        path.push((root, 0));
        while let Some(&mut (v, ref mut next)) = path.last_mut() {
            if let Some(&(choice, t)) = edges[v].get(*next) {
                *next += 1;
                match state[t] {
                    0 => {
                        state[t] = 1;
                        path.push((t, 0));
                    }
                    1 => {
                        let from = path.iter().position(|(p, _)| *p == t).unwrap_or(0);
                        let mut names: Vec<&str> = path[from..]
                            .iter()
                            .map(|(p, _)| def.nodes[*p].0.as_str())
                            .collect();
                        if names.len() > 8 {
                            names.drain(3..names.len() - 3);
                            names.insert(3, "…");
                        }
                        c.report(
                            vec![Seg::Field("nodes"), Seg::Value(v), Seg::Field("choices"), Seg::Index(choice), Seg::Field("next")],
                            format!("this choice leads back to {}, making a loop: {} → {}", quote(&def.nodes[t].0), names.join(" → "), def.nodes[t].0),
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

fn build(
    def: WizardDef,
    edges: &[Vec<(usize, usize)>],
    start: usize,
    origin: &str,
    content_hash: u64,
) -> Wizard {
    let nodes = def
        .nodes
        .into_iter()
        .zip(edges)
        .map(|((id, node), out)| {
            let kind = match node {
                NodeDef::Question {
                    text,
                    help,
                    choices,
                } => NodeKind::Question(Question {
                    text,
                    help,
                    choices: choices
                        .into_iter()
                        .zip(out)
                        .map(|(ch, &(_, next))| Choice {
                            id: ch.id,
                            label: ch.label,
                            next,
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
                    title,
                    action,
                    prepare,
                    channels: channels.into_iter().map(channel).collect(),
                    expect,
                    keywords,
                }),
            };
            Node { id, kind }
        })
        .collect();
    Wizard::new_validated(WizardParts {
        id: def.id,
        title: def.title,
        keywords: def.keywords,
        official_domains: def.official_domains,
        start,
        nodes,
        origin: origin.to_string(),
        content_hash,
    })
}

fn channel(def: ChannelDef) -> Channel {
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
            Reach::Form { url },
        ),
        ChannelDef::Web {
            label,
            url,
            note,
            source,
            checked,
            confidence,
        } => (label, note, source, checked, confidence, Reach::Web { url }),
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
            Reach::Email { address },
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
            Reach::Phone { number },
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
            Reach::Postal { lines },
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
            Reach::InApp { steps },
        ),
    };
    Channel {
        label,
        reach,
        note,
        source,
        checked,
        confidence,
    }
}
