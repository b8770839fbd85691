//! An outcome (or a pending question) as plain text and as JSON.
//!
//! The text form is what plain mode prints, what `run --format text` prints and what the
//! TUI saves to a file: no escape sequences, no box drawing, short labelled sections in
//! the order a person acts on them (what to do, what to have ready, where, what next).

use crate::engine::Walk;
use crate::i18n::Tr;
use crate::text::clean;
use crate::tr;
use crate::wizard::{Channel, Confidence, Outcome, Question, Reach, Source, Wizard};
use serde::Serialize;
use std::fmt::Write as _;

/// The whole outcome, every channel with its value and provenance, in `tr`'s language
/// (the outcome's own texts are in the wizard's).
pub fn outcome_text(tr: Tr, wizard: &Wizard, outcome: &Outcome) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}: {}", wizard.title, outcome.title);
    let _ = writeln!(s);
    let section = |s: &mut String, heading: String, text: &str| {
        let _ = writeln!(s, "{heading}");
        for line in text.lines() {
            let _ = writeln!(s, "  {line}");
        }
    };
    if let Some(warning) = &outcome.warning {
        section(&mut s, tr!(tr, "outcome-warning"), warning);
        let _ = writeln!(s);
    }
    section(&mut s, tr!(tr, "outcome-action"), &outcome.action);
    if !outcome.prepare.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", tr!(tr, "outcome-prepare"));
        for p in &outcome.prepare {
            let _ = writeln!(s, "  - {p}");
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "{}",
        tr!(tr, "outcome-channels", count = outcome.channels.len())
    );
    for (i, ch) in outcome.channels.iter().enumerate() {
        channel_text(tr, &mut s, i + 1, ch);
    }
    if !outcome.expect.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", tr!(tr, "outcome-expect"));
        for e in &outcome.expect {
            let _ = writeln!(s, "  - {e}");
        }
    }
    clean(&s).into_owned()
}

/// The kind of a channel as a person reads it on a card ("Online form").
pub fn kind_name(tr: Tr, reach: &Reach) -> String {
    tr.s(match reach {
        Reach::Form { .. } => "kind-form",
        Reach::Web { .. } => "kind-web",
        Reach::Email { .. } => "kind-email",
        Reach::Phone { .. } => "kind-phone",
        Reach::Postal { .. } => "kind-postal",
        Reach::InApp { .. } => "kind-in-app",
    })
}

/// Where a channel was confirmed: a page's title and address, or an article's title and
/// language (titles are cited as written, never translated).
pub fn source_text(tr: Tr, source: &Source) -> String {
    match source {
        Source::Official { title, url } | Source::ThirdParty { title, url } => {
            tr!(
                tr,
                "source-page",
                title = title.as_str(),
                url = url.as_str()
            )
        }
        Source::Seed { title, language } => {
            let name = tr.s(&format!("lang-{language}"));
            tr!(
                tr,
                "source-article",
                title = title.as_str(),
                language = name.as_str()
            )
        }
    }
}

/// How sure we are of a channel, in words a person under stress reads in one go.
pub fn confidence_text(tr: Tr, confidence: Confidence) -> String {
    tr.s(match confidence {
        Confidence::Official => "confidence-official",
        Confidence::Seed => "confidence-seed",
        Confidence::ThirdParty => "confidence-third-party",
    })
}

fn channel_text(tr: Tr, s: &mut String, n: usize, ch: &Channel) {
    let _ = writeln!(s, "  {n}. {}: {}", kind_name(tr, &ch.reach), ch.label);
    match &ch.reach {
        Reach::Form { url } | Reach::Web { url } => {
            let _ = writeln!(s, "     {url}");
        }
        Reach::Email { address } => {
            let _ = writeln!(s, "     {address}");
        }
        Reach::Phone { number } => {
            let _ = writeln!(s, "     {number}");
        }
        Reach::Postal { lines } => {
            for l in lines {
                let _ = writeln!(s, "     {l}");
            }
        }
        Reach::InApp { steps } => {
            for (i, step) in steps.iter().enumerate() {
                let _ = writeln!(
                    s,
                    "     {}",
                    tr!(tr, "channel-step", number = i + 1, step = step.as_str())
                );
            }
        }
    }
    if let Some(note) = &ch.note {
        let _ = writeln!(s, "     {}", tr!(tr, "channel-note", note = note.as_str()));
    }
    let source = source_text(tr, &ch.source);
    let _ = writeln!(
        s,
        "     {}",
        tr!(tr, "channel-source", source = source.as_str())
    );
    let confidence = confidence_text(tr, ch.confidence());
    let _ = writeln!(
        s,
        "     {}",
        tr!(
            tr,
            "channel-checked",
            date = ch.checked.as_str(),
            confidence = confidence.as_str()
        )
    );
}

/// What a saved answer holds: the outcome in full, then the answers that led to it.
/// `None` before an outcome.
pub fn saved_text(tr: Tr, walk: &Walk) -> Option<String> {
    let outcome = walk.outcome()?;
    let mut text = outcome_text(tr, walk.wizard(), outcome);
    let trail = trail_text(walk);
    if !trail.is_empty() {
        text.push_str(&format!("\n{}\n", tr.s("outcome-answers")));
        text.push_str(&trail);
    }
    Some(text)
}

/// The answers so far, one line each: "Question? Choice".
pub fn trail_text(walk: &Walk) -> String {
    let mut s = String::new();
    for (q, c) in walk.trail() {
        let _ = writeln!(s, "  - {} {}", q.text, c.label);
    }
    clean(&s).into_owned()
}

/// A question in the plain-mode layout (text, help, numbered choices).
pub fn question_text(text: &str, help: Option<&str>, choices: &[impl AsRef<str>]) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{text}");
    if let Some(help) = help {
        for line in help.lines() {
            let _ = writeln!(s, "{line}");
        }
    }
    for (i, c) in choices.iter().enumerate() {
        let _ = writeln!(s, "  {}) {}", i + 1, c.as_ref());
    }
    clean(&s).into_owned()
}

/// The pending question for `run`, with the `--answer` that picks each choice.
pub fn pending_text(tr: Tr, wizard: &Wizard, walk: &Walk, q: &Question) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}",
        tr!(tr, "run-pending", platform = wizard.title.as_str())
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", q.text);
    if let Some(help) = &q.help {
        let _ = writeln!(s, "{help}");
    }
    let node = &walk.node().id;
    let width = q
        .choices
        .iter()
        .map(|c| c.label.chars().count())
        .max()
        .unwrap_or(0);
    for (i, c) in q.choices.iter().enumerate() {
        let _ = writeln!(
            s,
            "  {}) {:<width$}   --answer {node}={}",
            i + 1,
            c.label,
            c.id
        );
    }
    clean(&s).into_owned()
}

// ---- JSON (documented in docs/json.md) ----

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
