//! The links between nodes: every `next` resolved to a node, every node reachable from
//! the start, no loops; then the checked definition becomes the [`Wizard`].

use super::{At, Checker};
use crate::locate::Seg::{Field, Index, Key, Value};
use crate::model::{NodeDef, WizardDef};
use crate::text::{quote, suggest};
use crate::wizard::{Choice, Node, NodeKind, Question, Wizard};
use std::collections::HashMap;

/// "Did you mean" hints compare a wrong id with every node id; in a file with thousands
/// of broken links that must not become quadratic, so the hints stop after this many
/// comparisons in all.
const SUGGESTION_WORK: usize = 2_000_000;

/// Every node's choices as the indices of the nodes they lead to (`None`: no such node),
/// and the start.
pub(super) struct Graph {
    next: Vec<Vec<Option<usize>>>,
    start: Option<usize>,
}

impl Graph {
    /// Resolve every link and check the graph, reporting what is wrong. `index` maps
    /// each node id to the first node with it.
    pub(super) fn resolve(c: &mut Checker, def: &WizardDef, index: &HashMap<&str, usize>) -> Graph {
        let mut work = SUGGESTION_WORK;
        let mut missing = |c: &mut Checker, at: At, choice: Option<&str>, target: &str| {
            let hint = if work >= index.len() {
                work -= index.len();
                suggest(target, def.nodes.iter().map(|(id, _)| id.as_str()))
            } else {
                None
            };
            let help = match hint {
                Some(s) => format!("did you mean {}?", quote(s)),
                None => "name one of the node ids defined under `nodes`".to_string(),
            };
            let what = match choice {
                Some(id) => format!("choice {} leads to", quote(id)),
                None => "start names".to_string(),
            };
            c.report(
                at,
                format!("{what} {}, but no node has that id", quote(target)),
                Some(&help),
            );
        };
        let start = index.get(def.start.as_str()).copied();
        if start.is_none() {
            missing(c, At(&[Field("start")], &[]), None, &def.start);
        }
        let mut next = Vec::with_capacity(def.nodes.len());
        for (i, (_, node)) in def.nodes.iter().enumerate() {
            let NodeDef::Question { choices, .. } = node else {
                next.push(Vec::new());
                continue;
            };
            let targets = choices.iter().enumerate().map(|(j, ch)| {
                let target = index.get(ch.next.as_str()).copied();
                if target.is_none() {
                    let at = [
                        Field("nodes"),
                        Value(i),
                        Field("choices"),
                        Index(j),
                        Field("next"),
                    ];
                    missing(c, At(&at, &[]), Some(&ch.id), &ch.next);
                }
                target
            });
            next.push(targets.collect());
        }
        let graph = Graph { next, start };
        if let Some(start) = start {
            graph.check_reachable(c, def, start);
            graph.check_loops(c, def);
        }
        graph
    }

    fn check_reachable(&self, c: &mut Checker, def: &WizardDef, start: usize) {
        let mut seen = vec![false; self.next.len()];
        let mut stack = vec![start];
        seen[start] = true;
        while let Some(v) = stack.pop() {
            for &t in self.next[v].iter().flatten() {
                if !seen[t] {
                    seen[t] = true;
                    stack.push(t);
                }
            }
        }
        let mut firsts = std::collections::HashSet::new();
        for (i, (id, _)) in def.nodes.iter().enumerate() {
            // a repeated id is reported as such; calling its second copy unreachable is noise
            if firsts.insert(id.as_str()) && !seen[i] {
                c.report(
                    At(&[Field("nodes"), Key(i)], &[]),
                    format!("node {} cannot be reached from the start", quote(id)),
                    Some("point a choice at it, or delete it"),
                );
            }
        }
    }

    /// One depth-first pass over every node, without recursion (a deep tree must not
    /// overflow the stack): a choice leading to a node on the current path is a loop.
    fn check_loops(&self, c: &mut Checker, def: &WizardDef) {
        const NEW: u8 = 0;
        const ON_PATH: u8 = 1;
        const DONE: u8 = 2;
        let id = |i: usize| def.nodes[i].0.as_str();
        let mut state = vec![NEW; self.next.len()];
        // where a node on the current path sits in it (while its state is ON_PATH)
        let mut depth = vec![0; self.next.len()];
        let mut path: Vec<(usize, usize)> = Vec::new(); // (node, next choice to try)
        for root in 0..self.next.len() {
            if state[root] != NEW {
                continue;
            }
            state[root] = ON_PATH;
            depth[root] = 0;
            path.push((root, 0));
            while let Some(&mut (v, ref mut j)) = path.last_mut() {
                let Some(&target) = self.next[v].get(*j) else {
                    state[v] = DONE;
                    path.pop();
                    continue;
                };
                let choice = *j;
                *j += 1;
                let Some(t) = target else { continue };
                match state[t] {
                    NEW => {
                        state[t] = ON_PATH;
                        depth[t] = path.len();
                        path.push((t, 0));
                    }
                    ON_PATH => {
                        let lap: Vec<&str> = path[depth[t]..].iter().map(|&(p, _)| id(p)).collect();
                        let names = if lap.len() > 8 {
                            [&lap[..3], &["…"], &lap[lap.len() - 3..]].concat()
                        } else {
                            lap
                        };
                        let at = [
                            Field("nodes"),
                            Value(v),
                            Field("choices"),
                            Index(choice),
                            Field("next"),
                        ];
                        c.report(
                            At(&at, &[]),
                            format!("this choice leads back to {}, making a loop: {} → {}", quote(id(t)), names.join(" → "), id(t)),
                            Some("a wizard must always move forward; point the choice at a later node"),
                        );
                    }
                    _ => {}
                }
            }
        }
    }

    /// The checked definition → the wizard the engine walks (only without problems: then
    /// every link resolves and there is a start).
    pub(super) fn build(self, def: WizardDef, origin: &str, content_hash: u64) -> Wizard {
        let nodes = def
            .nodes
            .into_iter()
            .zip(self.next)
            .map(|((id, node), next)| {
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
                            .zip(next)
                            .map(|(ch, next)| Choice {
                                id: ch.id,
                                label: ch.label,
                                next: next.expect("a checked link resolves"),
                            })
                            .collect(),
                    }),
                    NodeDef::Outcome(outcome) => NodeKind::Outcome(outcome),
                };
                Node { id, kind }
            })
            .collect();
        Wizard::new(
            def.id,
            def.title,
            def.keywords,
            def.official_domains,
            self.start.expect("a checked wizard has a start"),
            nodes,
            origin.to_string(),
            content_hash,
        )
    }
}
