//! Validation one node at a time (`Validator`), then the links and the graph.

use super::*;

/// Validation one node at a time, so a reader can check each node as it reads it,
/// while its text is still in the cache, and need not keep it (`reachout check`).
/// Feed it the wizard's fields other than `nodes`, then every node in file order, then
/// `finish` resolves the links between nodes and checks the graph.
pub(crate) struct Validator<'l> {
    c: Checker<'l>,
    /// Problems of the fields other than `nodes`; kept apart because a file with too
    /// many nodes reports only these and the limit.
    header: Found,
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
pub(super) struct Names {
    pub(super) text: String,
    pub(super) ends: Vec<usize>,
}

impl Names {
    pub(super) fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.ends.push(self.text.len());
    }

    pub(super) fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[start..self.ends[i]]
    }

    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = &str> {
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
            hidden: 0,
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
        let header = c.take_found();
        Validator {
            c,
            header,
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
            c.push(Problem {
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
            header,
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
            c.put_back(header, true);
            c.report(
                &nodes_at,
                format!(
                    "the file has {} nodes, over the limit of {}",
                    ids.len(),
                    c.limits.max_nodes
                ),
                Some("split the wizard, or raise the limit with --max-nodes"),
            );
            return Err(c.into_problems());
        }
        if ids.len() == 0 {
            c.put_back(header, true);
            c.report(
                &nodes_at,
                "the wizard has no nodes".into(),
                Some("add at least one question and its outcomes"),
            );
            return Err(c.into_problems());
        }
        c.put_back(header, false);
        link_start.push(link_hashes.len());

        // Look every target up first; `link_hashes` becomes each link's node index, or
        // `UNRESOLVED`. `choice` (below) is the id of the choice whose `next` this is;
        // `None` for `start`.
        let id_of = |j: usize| ids.get(j);
        let mut targets = link_hashes;
        resolve_all(&index, &ids, &link_names, &mut targets);
        let report_missing = |c: &mut Checker, path: &At, choice: Option<&str>, target: &str| {
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
        };
        let start_at = index.get_hashed(&start, index.hash(&start), id_of);
        if start_at.is_none() {
            report_missing(&mut c, &At::top(Seg::Field("start")), None, &start);
        }
        let mut edges = Vec::with_capacity(targets.len());
        let mut edge_start = Vec::with_capacity(ids.len() + 1);
        for i in 0..ids.len() {
            edge_start.push(edges.len());
            let choices_at = nodes_at.push(Seg::Value(i));
            let choices_at = choices_at.field("choices");
            for (j, k) in (link_start[i]..link_start[i + 1]).enumerate() {
                if targets[k] == UNRESOLVED {
                    let (choice, target) = (link_names.get(2 * k), link_names.get(2 * k + 1));
                    let choice_at = choices_at.index(j);
                    report_missing(&mut c, &choice_at.field("next"), Some(choice), target);
                } else {
                    edges.push(Edge {
                        choice: j,
                        target: targets[k] as usize,
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
            return Err(c.into_problems());
        }
        Ok(checked)
    }
}

/// A link whose target no node has, in [`resolve_all`]'s output.
const UNRESOLVED: u64 = u64::MAX;

/// From this many links on, the lookups are shared between the processor's cores.
const PARALLEL_LINKS: usize = 1 << 16;

/// Replace each link target's hash in `slots` with the index of the node it names, or
/// [`UNRESOLVED`]. On a big file every lookup is a cache miss into the id table and they
/// do not depend on each other, so for many links the work is split between up to
/// four threads (in place: a million-node file needs no extra memory for it).
fn resolve_all(index: &NodeIndex, ids: &Names, link_names: &Names, slots: &mut [u64]) {
    let look = |k: usize, hash: u64| {
        let target = link_names.get(2 * k + 1);
        index
            .get_hashed(target, hash, |j| ids.get(j))
            .map_or(UNRESOLVED, |j| j as u64)
    };
    let resolve = |first: usize, part: &mut [u64]| {
        for (k, slot) in (first..).zip(part.iter_mut()) {
            *slot = look(k, *slot);
        }
    };
    let threads = if slots.len() < PARALLEL_LINKS {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
    };
    if threads == 1 {
        return resolve(0, slots);
    }
    let chunk = slots.len().div_ceil(threads);
    std::thread::scope(|s| {
        for (t, part) in slots.chunks_mut(chunk).enumerate() {
            s.spawn(move || resolve(t * chunk, part));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_resolve_alike_on_one_thread_and_on_several() {
        let (mut index, mut ids) = (NodeIndex::default(), Names::default());
        for i in 0..1000 {
            let id = format!("n{i}");
            let hash = index.hash(&id);
            assert!(index.insert(&id, hash, i, |j| ids.get(j)).is_ok());
            ids.push(&id);
        }
        // Enough links to take the threaded path, and a few more than an even split;
        // one in eleven names no node.
        let (mut links, mut slots, mut expected) = (Names::default(), Vec::new(), Vec::new());
        for k in 0..PARALLEL_LINKS + 123 {
            let n = (k * 7919) % 1100;
            let target = format!("n{n}");
            links.push("choice");
            links.push(&target);
            slots.push(index.hash(&target));
            expected.push(if n < 1000 { n as u64 } else { UNRESOLVED });
        }
        let mut alone = slots[..1000].to_vec();
        resolve_all(&index, &ids, &links, &mut alone);
        assert_eq!(alone, expected[..1000]);
        resolve_all(&index, &ids, &links, &mut slots);
        assert_eq!(slots, expected);
    }
}
