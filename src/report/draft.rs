//! A card's message, written with the answers given (`run --draft N`, and line mode),
//! as text and as JSON: where it goes, the message as sent, its translation and what is
//! still to answer.

use super::ChoiceJson;
use crate::compose::{Answers, Message};
use crate::i18n::Tr;
use crate::text::clean;
use crate::tr;
use crate::wizard::FieldKind;
use serde::Serialize;
use std::fmt::Write as _;

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
    s.push_str(&m.with_translation(tr, answers, today, |language| {
        tr!(tr, "message-translation", language = language)
    }));
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
