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
use std::fmt::Write as _;

mod draft;
mod json;
pub use draft::{DraftJson, FieldJson, TranslationJson, draft_json, draft_text};
pub use json::{
    AnswerJson, ChannelJson, ChoiceJson, OutcomeJson, PlatformJson, QuestionJson, RunJson,
    SourceJson, run_json, to_json,
};

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
