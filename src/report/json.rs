//! An outcome or a pending question as JSON (`run --format json`, documented in
//! docs/json.md), and the escaping that every JSON output of reachout goes through.

use super::DraftJson;
use crate::engine::Walk;
use crate::wizard::{Channel, Reach, Source};
use serde::Serialize;
use std::fmt::Write as _;

#[derive(Serialize)]
pub struct RunJson<'a> {
    /// "outcome" or "question".
    pub status: &'static str,
    pub platform: PlatformJson<'a>,
    pub answers: Vec<AnswerJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question: Option<QuestionJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<OutcomeJson<'a>>,
    /// `run --draft N`: the message of that card.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<DraftJson<'a>>,
}

#[derive(Serialize)]
pub struct PlatformJson<'a> {
    pub id: &'a str,
    pub title: &'a str,
}

#[derive(Serialize)]
pub struct AnswerJson<'a> {
    pub node: &'a str,
    pub question: &'a str,
    pub choice: &'a str,
    pub label: &'a str,
}

#[derive(Serialize)]
pub struct QuestionJson<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub help: Option<&'a str>,
    pub choices: Vec<ChoiceJson<'a>>,
}

#[derive(Serialize)]
pub struct ChoiceJson<'a> {
    pub number: usize,
    pub id: &'a str,
    pub label: &'a str,
}

#[derive(Serialize)]
pub struct OutcomeJson<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// What could put the person at risk on this route, to show before anything else.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<&'a str>,
    pub action: &'a str,
    pub prepare: &'a [String],
    pub channels: Vec<ChannelJson<'a>>,
    pub expect: &'a [String],
}

#[derive(Serialize)]
pub struct ChannelJson<'a> {
    pub kind: &'static str,
    pub label: &'a str,
    pub value: String,
    pub link: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lines: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub steps: Option<&'a [String]>,
    pub note: Option<&'a str>,
    pub source: SourceJson<'a>,
    pub checked: &'a str,
    pub confidence: &'static str,
    pub confidence_text: &'static str,
}

/// Where a channel was confirmed: a page (title and address) or an article (title and
/// language).
#[derive(Serialize)]
pub struct SourceJson<'a> {
    pub title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<&'a str>,
}

pub fn run_json<'a>(walk: &Walk<'a>) -> RunJson<'a> {
    let wizard = walk.wizard();
    let answers = walk
        .steps()
        .iter()
        .map(|s| {
            let (q, c) = s.in_wizard(wizard);
            AnswerJson {
                node: &wizard.node(s.node).id,
                question: &q.text,
                choice: &c.id,
                label: &c.label,
            }
        })
        .collect();
    let node = walk.node();
    RunJson {
        status: if walk.is_finished() {
            "outcome"
        } else {
            "question"
        },
        platform: PlatformJson {
            id: &wizard.id,
            title: &wizard.title,
        },
        answers,
        question: node.question().map(|q| QuestionJson {
            id: &node.id,
            text: &q.text,
            help: q.help.as_deref(),
            choices: q
                .choices
                .iter()
                .enumerate()
                .map(|(i, c)| ChoiceJson {
                    number: i + 1,
                    id: &c.id,
                    label: &c.label,
                })
                .collect(),
        }),
        outcome: node.outcome().map(|o| OutcomeJson {
            id: &node.id,
            title: &o.title,
            warning: o.warning.as_deref(),
            action: &o.action,
            prepare: &o.prepare,
            channels: o.channels.iter().map(channel_json).collect(),
            expect: &o.expect,
        }),
        draft: None,
    }
}

fn channel_json(ch: &Channel) -> ChannelJson<'_> {
    ChannelJson {
        kind: ch.reach.kind_id(),
        label: &ch.label,
        value: ch.reach.value(),
        link: ch.reach.link(),
        lines: match &ch.reach {
            Reach::Postal { lines } => Some(lines),
            _ => None,
        },
        steps: match &ch.reach {
            Reach::InApp { steps } => Some(steps),
            _ => None,
        },
        note: ch.note.as_deref(),
        source: SourceJson {
            title: ch.source.title(),
            url: ch.source.url(),
            language: match &ch.source {
                Source::Seed { language, .. } => Some(language),
                _ => None,
            },
        },
        checked: &ch.checked,
        confidence: ch.confidence().as_str(),
        confidence_text: ch.confidence().describe(),
    }
}

/// Pretty JSON in which the characters serde_json leaves raw but a terminal could act on
/// (DEL, C1 controls, bidi overrides) are written as `\uXXXX` escapes. They can only
/// occur inside strings, where the escape means the same character.
pub fn to_json<T: Serialize>(value: &T) -> String {
    let raw = serde_json::to_string_pretty(value).expect("these types always serialize");
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if !crate::text::is_forbidden(c) {
            out.push(c);
        } else {
            let mut buf = [0u16; 2];
            for unit in c.encode_utf16(&mut buf) {
                let _ = write!(out, "\\u{unit:04x}");
            }
        }
    }
    out
}
