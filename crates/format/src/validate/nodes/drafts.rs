//! The checks of a message a channel carries: the channel can carry one, its language,
//! subject and body, and that its placeholders and the fields it asks match.

use crate::locate::Seg::{self, Field, Index};
use crate::model::{Draft, FieldKind, Reach};
use crate::text::{quote, suggest};
use crate::validate::{At, Checker, Text};
use std::collections::HashSet;

pub(super) fn check_draft(c: &mut Checker, here: &[Seg], draft: &Draft, reach: &Reach) {
    macro_rules! at {
        ($field:literal) => {
            At(here, &[Field($field)])
        };
    }
    let email = matches!(reach, Reach::Email { .. });
    // An in-app channel carries the text to type into the app's own support form.
    if !matches!(
        reach,
        Reach::Email { .. } | Reach::Postal { .. } | Reach::Form { .. } | Reach::InApp { .. }
    ) {
        c.report(
            At(here, &[]),
            "only an e-mail, a letter, a form or an in-app support form can carry a draft".into(),
            Some("move the draft to the channel the message is sent through"),
        );
    }
    if crate::lang::language(&draft.language).is_none() {
        let codes: Vec<&str> = crate::lang::LANGUAGES.iter().map(|l| l.code).collect();
        c.report(
            at!("language"),
            format!(
                "{} is not a language reachout speaks",
                quote(&draft.language)
            ),
            Some(&format!("use one of: {}", codes.join(", "))),
        );
    }
    match (&draft.subject, email) {
        (Some(subject), true) => c.text(at!("subject"), "the subject", subject, Text::Label),
        (None, true) => c.report(
            At(here, &[]),
            "an e-mail's draft needs a subject".into(),
            Some("add `subject: \"...\"`: support teams sort their mail by it"),
        ),
        (Some(_), false) => c.report(
            at!("subject"),
            "only an e-mail has a subject".into(),
            Some("put what the subject says into the first line of the body"),
        ),
        (None, false) => {}
    }
    c.text(at!("body"), "the body", &draft.body, Text::Long);
    let mut used: HashSet<&str> = HashSet::new();
    for (field, text) in [
        ("subject", draft.subject.as_deref()),
        ("body", Some(draft.body.as_str())),
    ] {
        let Some(text) = text else { continue };
        let at = At(
            here,
            &[Field(if field == "subject" {
                "subject"
            } else {
                "body"
            })],
        );
        match crate::draft::placeholders(text) {
            Err(e) => c.report(
                at,
                format!("the {field} has a brace out of place: {e}"),
                None,
            ),
            Ok(ids) => {
                for id in ids {
                    if !draft.fields.iter().any(|f| f.id == id) {
                        let hint = suggest(id, draft.fields.iter().map(|f| f.id.as_str()));
                        c.report(
                            at,
                            format!(
                                "the {field} uses {{{id}}}, but the draft has no field {}",
                                quote(id)
                            ),
                            Some(&match hint {
                                Some(h) => format!("did you mean {{{h}}}?"),
                                None => {
                                    "add a field with this id, or remove the placeholder".into()
                                }
                            }),
                        );
                    }
                    used.insert(id);
                }
            }
        }
    }
    let mut ids: HashSet<&str> = HashSet::new();
    for (i, f) in draft.fields.iter().enumerate() {
        let here = [here, &[Field("fields"), Index(i)]].concat();
        c.id(At(&here, &[Field("id")]), "field id", &f.id);
        if !ids.insert(&f.id) {
            c.report(
                At(&here, &[Field("id")]),
                format!("field id {} is used twice in this draft", quote(&f.id)),
                Some("give each field its own id"),
            );
        }
        if !used.contains(f.id.as_str()) {
            c.report(
                At(&here, &[Field("id")]),
                format!(
                    "the field {} is asked but never used in the subject or body",
                    quote(&f.id)
                ),
                Some(&format!(
                    "put {{{}}} where the answer belongs, or remove the field",
                    f.id
                )),
            );
        }
        c.text(
            At(&here, &[Field("ask")]),
            "the question",
            &f.ask,
            Text::Label,
        );
        if let Some(h) = &f.help {
            c.text(At(&here, &[Field("help")]), "the help text", h, Text::Long);
        }
        if let FieldKind::Choice(options) = &f.kind {
            // `kind: Choice([...])`: the list is the variant's first (only) value
            let kind = [&here[..], &[Field("kind"), Index(0)]].concat();
            if options.len() < 2 {
                c.report(
                    At(&kind, &[]),
                    "a choice needs at least two answers".into(),
                    None,
                );
            }
            let mut seen: HashSet<&str> = HashSet::new();
            for (j, o) in options.iter().enumerate() {
                let at = [&kind[..], &[Index(j)]].concat();
                c.id(At(&at, &[Field("id")]), "answer id", &o.id);
                if !seen.insert(&o.id) {
                    c.report(
                        At(&at, &[Field("id")]),
                        format!("answer id {} is used twice", quote(&o.id)),
                        None,
                    );
                }
                c.text(
                    At(&at, &[Field("label")]),
                    "the answer",
                    &o.label,
                    Text::Label,
                );
            }
        }
    }
}
