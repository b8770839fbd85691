//! `reachout run PLATFORM --answer NODE=CHOICE ...`: answers given up front, checked
//! strictly (a script wants to hear about a typo, not a silently different walk).

use crate::engine::{Answer, ReplayStop, Walk};
use crate::text::{quote, suggest};
use crate::wizard::Wizard;

/// A problem with the given answers: one sentence, plus the valid values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ScriptError {
    pub message: String,
    /// "Valid …: a, b, c" — what the person could have written instead.
    pub valid: String,
}

/// `NODE=CHOICE` → an answer.
pub fn parse_answer(s: &str) -> Result<Answer, String> {
    match s.split_once('=') {
        Some((node, choice)) if !node.trim().is_empty() && !choice.trim().is_empty() => {
            Ok(Answer::new(node.trim(), choice.trim()))
        }
        _ => Err(format!(
            "{} is not of the form NODE=CHOICE (for example can_log_in=no)",
            quote(s)
        )),
    }
}

/// Walk `wizard` with `answers`; every answer must name a question of the wizard, one
/// of its choices, and lie on the path the answers take.
pub fn walk<'w>(wizard: &'w Wizard, answers: &[Answer]) -> Result<Walk<'w>, ScriptError> {
    let questions = || {
        wizard
            .nodes
            .iter()
            .filter(|n| n.question().is_some())
            .map(|n| n.id.as_str())
    };
    for (k, a) in answers.iter().enumerate() {
        let Some(idx) = wizard.find(&a.node) else {
            let hint = suggest(&a.node, questions())
                .map(|s| format!(" Did you mean {}?", quote(s)))
                .unwrap_or_default();
            return Err(ScriptError {
                message: format!("{} has no question {}.{hint}", wizard.title, quote(&a.node)),
                valid: format!("Questions: {}", questions().collect::<Vec<_>>().join(", ")),
            });
        };
        let Some(q) = wizard.node(idx).question() else {
            return Err(ScriptError {
                message: format!(
                    "{} is an outcome, not a question; there is nothing to answer there.",
                    quote(&a.node)
                ),
                valid: format!("Questions: {}", questions().collect::<Vec<_>>().join(", ")),
            });
        };
        if !q.choices.iter().any(|c| c.id == a.choice) {
            let ids = || q.choices.iter().map(|c| c.id.as_str());
            let hint = suggest(&a.choice, ids())
                .map(|s| format!(" Did you mean {}?", quote(s)))
                .unwrap_or_default();
            return Err(ScriptError {
                message: format!(
                    "question {} has no choice {}.{hint}",
                    quote(&a.node),
                    quote(&a.choice)
                ),
                valid: format!(
                    "Choices of {}: {}",
                    a.node,
                    q.choices
                        .iter()
                        .map(|c| format!("{} ({})", c.id, c.label))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
        }
        if answers[..k].iter().any(|b| b.node == a.node) {
            return Err(ScriptError {
                message: format!("question {} is answered twice.", quote(&a.node)),
                valid: "Give each question one --answer.".into(),
            });
        }
    }
    let replay = Walk::replay(wizard, answers);
    match replay.stop {
        None => Ok(replay.walk),
        Some(ReplayStop::OffPath { unused }) => {
            let list = unused
                .iter()
                .map(|a| format!("--answer {}={}", a.node, a.choice))
                .collect::<Vec<_>>()
                .join(", ");
            let walk = replay.walk;
            Err(match walk.question() {
                None => ScriptError {
                    message: format!(
                        "{list} was not used: the other answers reach an outcome without that question."
                    ),
                    valid: format!("Answers used: {}", used(&walk)),
                },
                Some(q) => ScriptError {
                    message: format!(
                        "{list} was not used: the answers stop earlier, at question {}, which has no --answer.",
                        quote(&walk.node().id)
                    ),
                    valid: format!(
                        "Choices of {}: {}",
                        walk.node().id,
                        q.choices
                            .iter()
                            .map(|c| format!("{} ({})", c.id, c.label))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                },
            })
        }
        Some(ReplayStop::ChoiceGone { node, choice }) => Err(ScriptError {
            message: format!(
                "question {} has no choice {}.",
                quote(&node),
                quote(&choice)
            ),
            valid: String::new(),
        }),
    }
}

fn used(walk: &Walk) -> String {
    let all: Vec<String> = walk
        .answers()
        .iter()
        .map(|a| format!("{}={}", a.node, a.choice))
        .collect();
    if all.is_empty() {
        "none".into()
    } else {
        all.join(" ")
    }
}
