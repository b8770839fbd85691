//! An outcome (or a pending question) as plain text and as JSON.
//!
//! The text form is what plain mode prints, what `run --format text` prints and what the
//! TUI saves to a file: no escape sequences, no box drawing, short labelled sections in
//! the order a person acts on them (what to do, what to have ready, where, what next).

use crate::compose::{Answers, Message};
use crate::engine::Walk;
use crate::i18n::Tr;
use crate::text::clean;
use crate::tr;
use crate::wizard::{Channel, Confidence, FieldKind, Outcome, Question, Reach, Source, Wizard};
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
    /// `run --draft N`: the message of that card.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<DraftJson<'a>>,
}

/// A card's message, written with the answers given (`run --draft N --field ...`).
#[derive(Serialize)]
pub struct DraftJson<'a> {
    /// The card's number on the outcome, from 1.
    pub card: usize,
    /// The channel's kind (`email`, `form`, `postal`, `in_app`) and where the message goes.
    pub kind: &'static str,
    pub to: String,
    /// The language the support team reads, as the wizard asks for it.
    pub team_language: &'a str,
    /// The language the message below is really in (English while the team's language
    /// has no translation of it).
    pub language: &'a str,
    pub subject: Option<String>,
    pub body: String,
    /// The whole text to copy or print: the body, or for a letter the address, the date
    /// and the body.
    pub text: String,
    /// An e-mail's `mailto:` link with the subject and body, or null (not an e-mail, or
    /// longer than a mail program takes).
    pub mailto: Option<String>,
    pub fields: Vec<FieldJson<'a>>,
    /// The ids of the required questions still without an answer.
    pub missing: Vec<&'a str>,
    pub complete: bool,
    /// The message in the person's language (`--lang`), when that reads differently.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translation: Option<TranslationJson<'a>>,
}

#[derive(Serialize)]
pub struct FieldJson<'a> {
    pub id: &'a str,
    pub question: &'a str,
    pub help: Option<&'a str>,
    /// `text`, `date`, `email`, `phone`, `username`, `url` or `choice`.
    pub kind: &'static str,
    pub required: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<ChoiceJson<'a>>>,
    /// The answer as checked (a choice by its id), or null.
    pub value: Option<&'a str>,
}

#[derive(Serialize)]
pub struct TranslationJson<'a> {
    pub language: &'a str,
    pub subject: Option<String>,
    pub body: String,
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

/// A card's message as JSON (`run --draft N --format json`).
pub fn draft_json<'a>(m: &Message<'a>, answers: &'a Answers, today: &str) -> DraftJson<'a> {
    let written = m.written(answers);
    let missing: Vec<&str> = m.missing(answers).iter().map(|f| f.id.as_str()).collect();
    DraftJson {
        card: m.index + 1,
        kind: m.channel.reach.kind_id(),
        to: m.channel.reach.value(),
        team_language: m.team_language(),
        language: m.sent_language,
        subject: written.subject,
        body: written.body,
        text: m.text(answers, today),
        mailto: m.mailto(answers).and_then(Result::ok),
        fields: (m.fields().iter())
            .map(|f| FieldJson {
                id: &f.id,
                question: &f.ask,
                help: f.help.as_deref(),
                kind: field_kind_id(&f.kind),
                required: f.required,
                options: match &f.kind {
                    FieldKind::Choice(options) => Some(
                        (options.iter().enumerate())
                            .map(|(i, o)| ChoiceJson {
                                number: i + 1,
                                id: &o.id,
                                label: &o.label,
                            })
                            .collect(),
                    ),
                    _ => None,
                },
                value: answers.get(&f.id).map(String::as_str),
            })
            .collect(),
        complete: missing.is_empty(),
        missing,
        translation: m.translation(answers).map(|t| TranslationJson {
            language: m.shown_language,
            subject: t.subject,
            body: t.body,
        }),
    }
}

/// A field's kind as JSON names it.
fn field_kind_id(kind: &FieldKind) -> &'static str {
    match kind {
        FieldKind::Text => "text",
        FieldKind::Date => "date",
        FieldKind::Email => "email",
        FieldKind::Phone => "phone",
        FieldKind::Username => "username",
        FieldKind::Url => "url",
        FieldKind::Choice(_) => "choice",
    }
}

/// A card's message as text (`run --draft N`, and line mode): where it goes, the message
/// as sent (an e-mail's subject on its own line), the translation when it reads
/// differently, and what is still to answer.
pub fn draft_text(tr: Tr, m: &Message, answers: &Answers, today: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}",
        tr!(tr, "message-title", platform = m.wizard.title.as_str())
    );
    let _ = writeln!(s, "{}", m.where_to(tr));
    if let Some(note) = m.untranslated_note(tr) {
        let _ = writeln!(s, "{note}");
    }
    let _ = writeln!(s);
    let language = crate::compose::language_name(tr, m.sent_language);
    let _ = writeln!(
        s,
        "{}",
        tr!(tr, "message-sent", language = language.as_str())
    );
    let _ = writeln!(s);
    let written = m.written(answers);
    if let Some(subject) = &written.subject {
        let _ = writeln!(
            s,
            "{}",
            tr!(tr, "message-subject", subject = subject.as_str())
        );
        let _ = writeln!(s);
    }
    let _ = writeln!(s, "{}", m.text(answers, today));
    if let Some(t) = m.translation(answers) {
        let language = crate::compose::language_name(tr, m.shown_language);
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "{}",
            tr!(tr, "message-translation", language = language.as_str())
        );
        let _ = writeln!(s);
        if let Some(subject) = &t.subject {
            let _ = writeln!(
                s,
                "{}",
                tr!(tr, "message-subject", subject = subject.as_str())
            );
            let _ = writeln!(s);
        }
        let _ = writeln!(s, "{}", t.body);
    }
    let missing = m.missing(answers);
    if !missing.is_empty() {
        let fields = (missing.iter())
            .map(|f| format!("--field {}=… ({})", f.id, f.ask))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "{}",
            tr!(tr, "message-missing", fields = fields.as_str())
        );
    }
    clean(&s).into_owned()
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
