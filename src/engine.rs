//! The pure walk over a validated wizard: answer, back, restart, change an earlier
//! answer, replay saved answers. No IO, no terminal.
//!
//! A walk is the wizard plus the answers given so far, in order. Saved answers are keyed
//! by node and choice *id*, never by position, so a session survives edits to the tree:
//! [`Walk::replay`] walks from the start and keeps each saved answer that still fits.

use crate::wizard::{Choice, Node, NodeIdx, Outcome, Question, Wizard};
use serde::{Deserialize, Serialize};

/// One answer as ids: stable across edits of the wizard, used by sessions and scripts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Answer {
    pub node: String,
    pub choice: String,
}

impl Answer {
    pub fn new(node: impl Into<String>, choice: impl Into<String>) -> Answer {
        Answer {
            node: node.into(),
            choice: choice.into(),
        }
    }
}

/// One answer as indices into the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub node: NodeIdx,
    pub choice: usize,
}

impl Step {
    /// The question this step answered in `wizard`, and the choice taken.
    pub fn in_wizard(self, wizard: &Wizard) -> (&Question, &Choice) {
        let q = wizard
            .node(self.node)
            .question()
            .expect("steps only hold questions");
        (q, &q.choices[self.choice])
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EngineError {
    #[error("this is an outcome; there is nothing left to answer")]
    NotAQuestion,
    #[error("choice {number} does not exist; this question has {count} choices")]
    NoSuchChoice { number: usize, count: usize },
    #[error("question {node:?} has no choice {choice:?}")]
    NoSuchChoiceId { node: String, choice: String },
    #[error("answer {index} does not exist; {count} answers were given")]
    NoSuchAnswer { index: usize, count: usize },
}

/// Why a replay stopped before using every saved answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplayStop {
    /// The saved answer names a choice the question no longer has.
    ChoiceGone { node: String, choice: String },
    /// The walk reached a question with no saved answer while some saved answers were
    /// left over: they belong to questions no longer on the path.
    OffPath { unused: Vec<Answer> },
}

#[derive(Debug, Clone)]
pub struct Replay<'w> {
    pub walk: Walk<'w>,
    /// How many saved answers were applied.
    pub applied: usize,
    pub stop: Option<ReplayStop>,
}

#[derive(Debug, Clone)]
pub struct Walk<'w> {
    wizard: &'w Wizard,
    steps: Vec<Step>,
}

impl PartialEq for Walk<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.wizard, other.wizard) && self.steps == other.steps
    }
}

impl<'w> Walk<'w> {
    pub fn new(wizard: &'w Wizard) -> Walk<'w> {
        Walk {
            wizard,
            steps: Vec::new(),
        }
    }

    pub fn wizard(&self) -> &'w Wizard {
        self.wizard
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    pub fn current(&self) -> NodeIdx {
        match self.steps.last() {
            Some(s) => self.choice_at(*s).next,
            None => self.wizard.start,
        }
    }

    pub fn node(&self) -> &'w Node {
        self.wizard.node(self.current())
    }

    pub fn question(&self) -> Option<&'w Question> {
        self.node().question()
    }

    pub fn outcome(&self) -> Option<&'w Outcome> {
        self.node().outcome()
    }

    pub fn is_finished(&self) -> bool {
        self.outcome().is_some()
    }

    fn choice_at(&self, s: Step) -> &'w Choice {
        s.in_wizard(self.wizard).1
    }

    /// Each answered question with the choice taken, in order (the breadcrumb).
    pub fn trail(&self) -> impl Iterator<Item = (&'w Question, &'w Choice)> + '_ {
        self.steps.iter().map(|s| s.in_wizard(self.wizard))
    }

    /// Choose by 0-based index on the current question.
    pub fn choose(&mut self, choice: usize) -> Result<(), EngineError> {
        let q = self.question().ok_or(EngineError::NotAQuestion)?;
        if choice >= q.choices.len() {
            return Err(EngineError::NoSuchChoice {
                number: choice + 1,
                count: q.choices.len(),
            });
        }
        self.steps.push(Step {
            node: self.current(),
            choice,
        });
        Ok(())
    }

    /// Choose by choice id on the current question.
    pub fn choose_id(&mut self, id: &str) -> Result<(), EngineError> {
        let q = self.question().ok_or(EngineError::NotAQuestion)?;
        let choice = q.choices.iter().position(|c| c.id == id).ok_or_else(|| {
            EngineError::NoSuchChoiceId {
                node: self.node().id.clone(),
                choice: id.to_string(),
            }
        })?;
        self.choose(choice)
    }

    /// Drop the last answer. `false` when there is none (already at the start).
    pub fn back(&mut self) -> bool {
        self.steps.pop().is_some()
    }

    pub fn restart(&mut self) {
        self.steps.clear();
    }

    /// Change answer `index` (0-based) to `choice`, keeping each later answer whose
    /// question still lies on the new path. Returns the answers that were dropped.
    pub fn change(&mut self, index: usize, choice: usize) -> Result<Vec<Answer>, EngineError> {
        let Some(step) = self.steps.get(index).copied() else {
            return Err(EngineError::NoSuchAnswer {
                index,
                count: self.steps.len(),
            });
        };
        let (q, _) = step.in_wizard(self.wizard);
        if choice >= q.choices.len() {
            return Err(EngineError::NoSuchChoice {
                number: choice + 1,
                count: q.choices.len(),
            });
        }
        let old = self.answers();
        let mut wanted = old.clone();
        wanted[index].choice = q.choices[choice].id.clone();
        let replay = Walk::replay(self.wizard, &wanted);
        let kept = replay.walk.answers();
        let dropped = old[index + 1..]
            .iter()
            .filter(|a| !kept.contains(a))
            .cloned()
            .collect();
        *self = replay.walk;
        Ok(dropped)
    }

    /// The answers as ids, for saving.
    pub fn answers(&self) -> Vec<Answer> {
        self.steps
            .iter()
            .map(|s| {
                Answer::new(
                    self.wizard.node(s.node).id.clone(),
                    self.choice_at(*s).id.clone(),
                )
            })
            .collect()
    }

    /// Rebuild a walk from saved answers: start at the beginning; at each question, use
    /// the saved answer for that question's id, if any. Stops at the first question with
    /// no usable answer and says why when saved answers were left unused.
    pub fn replay(wizard: &'w Wizard, saved: &[Answer]) -> Replay<'w> {
        let mut walk = Walk::new(wizard);
        let mut used = vec![false; saved.len()];
        let mut stop = None;
        while let Some(q) = walk.question() {
            let node_id = &walk.node().id;
            // The first unused saved answer for this question (a question appears at
            // most once on a path because the graph has no cycles).
            let Some(k) = (0..saved.len()).find(|&k| !used[k] && saved[k].node == *node_id) else {
                break;
            };
            used[k] = true;
            match q.choices.iter().position(|c| c.id == saved[k].choice) {
                Some(choice) => walk.steps.push(Step {
                    node: walk.current(),
                    choice,
                }),
                None => {
                    stop = Some(ReplayStop::ChoiceGone {
                        node: node_id.clone(),
                        choice: saved[k].choice.clone(),
                    });
                    break;
                }
            }
        }
        let applied = walk.steps.len();
        if stop.is_none() {
            let unused: Vec<Answer> = saved
                .iter()
                .zip(&used)
                .filter(|(_, u)| !**u)
                .map(|(a, _)| a.clone())
                .collect();
            if !unused.is_empty() {
                stop = Some(ReplayStop::OffPath { unused });
            }
        }
        Replay {
            walk,
            applied,
            stop,
        }
    }

    /// Jump straight to a walk given as steps (e.g. a search result).
    pub fn from_steps(wizard: &'w Wizard, steps: Vec<Step>) -> Walk<'w> {
        Walk { wizard, steps }
    }
}

/// The shortest path (fewest answers) from the start to every node, as steps; `None`
/// for nodes that cannot be reached. One breadth-first pass.
pub fn shortest_paths(w: &Wizard) -> Vec<Option<Vec<Step>>> {
    let mut parent: Vec<Option<Step>> = vec![None; w.nodes.len()];
    let mut seen = vec![false; w.nodes.len()];
    let mut queue = std::collections::VecDeque::from([w.start]);
    seen[w.start] = true;
    while let Some(v) = queue.pop_front() {
        if let Some(q) = w.node(v).question() {
            for (i, c) in q.choices.iter().enumerate() {
                if !seen[c.next] {
                    seen[c.next] = true;
                    parent[c.next] = Some(Step { node: v, choice: i });
                    queue.push_back(c.next);
                }
            }
        }
    }
    (0..w.nodes.len())
        .map(|target| {
            if !seen[target] {
                return None;
            }
            let mut steps = Vec::new();
            let mut at = target;
            while let Some(s) = parent[at] {
                steps.push(s);
                at = s.node;
            }
            steps.reverse();
            Some(steps)
        })
        .collect()
}

/// Every path from the start to an outcome, depth first, in choice order. The number of
/// paths can grow fast in a graph that shares nodes; `limit` bounds it.
pub fn all_paths(w: &Wizard, limit: usize) -> Vec<Vec<Step>> {
    let mut out = Vec::new();
    let mut stack: Vec<(Vec<Step>, NodeIdx)> = vec![(Vec::new(), w.start)];
    while let Some((steps, at)) = stack.pop() {
        if out.len() >= limit {
            break;
        }
        match w.node(at).question() {
            None => out.push(steps),
            Some(q) => {
                for (i, c) in q.choices.iter().enumerate().rev() {
                    let mut next = steps.clone();
                    next.push(Step {
                        node: at,
                        choice: i,
                    });
                    stack.push((next, c.next));
                }
            }
        }
    }
    out
}
