//! Messages written for the person: the `{field}` placeholders of a draft, filling them
//! in, and checking an answer before it goes into the message. Pure: the front ends ask,
//! this module says whether an answer will do and writes the text.

use crate::model::{Draft, FieldKind};
use crate::validate::values;

/// The placeholders of a template, in order, each as its field id. `{{` and `}}` are a
/// literal brace. `Err` says what is wrong with the braces.
pub fn placeholders(template: &str) -> Result<Vec<&str>, String> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        let (c, after) = (rest.as_bytes()[i], &rest[i + 1..]);
        if after.starts_with(c as char) {
            rest = &after[1..]; // `{{` or `}}`
            continue;
        }
        if c == b'}' {
            return Err("a '}' closes no placeholder; write '}}' for a brace".into());
        }
        let Some(end) = after.find('}') else {
            return Err("a '{' is never closed; write '{{' for a brace".into());
        };
        let id = &after[..end];
        if values::id(id).is_err() || id.contains('-') {
            return Err(format!(
                "{{{id}}} is not a placeholder: write a field id such as {{name}}, or '{{{{' for a brace"
            ));
        }
        out.push(id);
        rest = &after[end + 1..];
    }
    Ok(out)
}

/// The template with every placeholder replaced by `value(id)`, and `{{`/`}}` by braces.
/// A placeholder with no value is left as it is written, so a missing answer shows.
pub fn fill(template: &str, value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let (c, after) = (rest.as_bytes()[i] as char, &rest[i + 1..]);
        if after.starts_with(c) {
            out.push(c);
            rest = &after[1..];
            continue;
        }
        match (c, after.find('}')) {
            ('{', Some(end)) => {
                let id = &after[..end];
                match value(id) {
                    Some(v) => out.push_str(&v),
                    None => {
                        out.push('{');
                        out.push_str(id);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            _ => {
                out.push(c);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// [`fill`], line by line, for a message with optional parts: a line with a placeholder
/// that has no value and that `optional(id)` lets go is left out (an optional field left
/// empty: drafts put those on lines of their own). Any other placeholder without a
/// value stays `{id}`, as in [`fill`]. A blank line that leaving a line out would double
/// (or leave first or last) goes too.
pub fn fill_lines(
    template: &str,
    value: impl Fn(&str) -> Option<String>,
    optional: impl Fn(&str) -> bool,
) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut dropped = false;
    for line in template.split('\n') {
        let gone = placeholders(line)
            .is_ok_and(|ids| ids.iter().any(|id| optional(id) && value(id).is_none()));
        if gone {
            dropped = true;
            continue;
        }
        if line.trim().is_empty() && dropped && out.last().is_none_or(|l| l.trim().is_empty()) {
            continue;
        }
        out.push(fill(line, &value));
    }
    if dropped {
        while out.last().is_some_and(|l| l.trim().is_empty()) {
            out.pop();
        }
    }
    out.join("\n")
}

/// A draft written out: what goes in the subject line (an e-mail's) and the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub subject: Option<String>,
    pub body: String,
}

impl Draft {
    /// The subject and body with `answers` (field id → the answer as [`check_answer`]
    /// tidied it) filled in: a choice by its label in this draft's language, an optional
    /// field left empty without its line (in the subject: without its words), a required
    /// field left empty as `{id}`, so what is missing shows.
    pub fn write(&self, answers: &std::collections::BTreeMap<String, String>) -> Written {
        let value = |id: &str| answers.get(id).map(|a| self.answer_text(id, a));
        let optional = |id: &str| self.fields.iter().any(|f| f.id == id && !f.required);
        let subject = self.subject.as_ref().map(|s| {
            let filled = fill(s, |id| value(id).or_else(|| optional(id).then(String::new)));
            filled.split_whitespace().collect::<Vec<_>>().join(" ")
        });
        Written {
            subject,
            body: fill_lines(&self.body, value, optional),
        }
    }

    /// The required fields that have no answer in `answers`, in the order asked.
    pub fn missing<'d>(
        &'d self,
        answers: &std::collections::BTreeMap<String, String>,
    ) -> Vec<&'d crate::model::Field> {
        (self.fields.iter())
            .filter(|f| f.required && !answers.contains_key(&f.id))
            .collect()
    }
}

/// Why an answer will not do; the front ends say it in the person's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerError {
    Empty,
    NotADate,
    /// A date after today: the things asked about (a death, a hack) have happened.
    InTheFuture,
    NotAnEmail,
    NotAPhone,
    NotAUsername,
    NotAUrl,
    NotAChoice,
    /// Longer than [`MAX_ANSWER`] characters: a message, not an essay.
    TooLong,
}

/// The longest answer a field takes, in characters.
pub const MAX_ANSWER: usize = 2000;

/// Check an answer for a field of `kind`, `today` as `YYYY-MM-DD`, and return it tidied
/// (trimmed; a choice as its option's id). An empty answer is `Err(Empty)`: the caller
/// decides whether the field may be skipped.
pub fn check_answer(kind: &FieldKind, answer: &str, today: &str) -> Result<String, AnswerError> {
    let a = answer.trim();
    if a.is_empty() {
        return Err(AnswerError::Empty);
    }
    if a.chars().count() > MAX_ANSWER {
        return Err(AnswerError::TooLong);
    }
    if a.chars().any(|c| crate::text::is_forbidden(c) || c == '\n') {
        return Err(match kind {
            FieldKind::Date => AnswerError::NotADate,
            _ => AnswerError::Empty,
        });
    }
    match kind {
        FieldKind::Text => Ok(a.to_string()),
        FieldKind::Date => {
            if !is_day(a) {
                Err(AnswerError::NotADate)
            } else if a > today {
                Err(AnswerError::InTheFuture)
            } else {
                Ok(a.to_string())
            }
        }
        FieldKind::Email => match values::email(a) {
            Ok(_) => Ok(a.to_string()),
            Err(_) => Err(AnswerError::NotAnEmail),
        },
        FieldKind::Phone => match values::phone(a) {
            Ok(()) => Ok(a.to_string()),
            Err(_) => Err(AnswerError::NotAPhone),
        },
        FieldKind::Username => {
            let name = a.strip_prefix('@').unwrap_or(a);
            let ok = !name.is_empty()
                && name.len() <= 64
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || "._-".contains(c));
            if ok {
                Ok(a.to_string())
            } else {
                Err(AnswerError::NotAUsername)
            }
        }
        FieldKind::Url => {
            let lower = a.to_ascii_lowercase();
            let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
                && !a.chars().any(char::is_whitespace)
                && a.split("://").nth(1).is_some_and(|r| r.contains('.'));
            if ok {
                Ok(a.to_string())
            } else {
                Err(AnswerError::NotAUrl)
            }
        }
        FieldKind::Choice(options) => options
            .iter()
            .position(|o| o.id == a || o.label.eq_ignore_ascii_case(a))
            .or_else(|| {
                a.parse::<usize>()
                    .ok()
                    .filter(|n| (1..=options.len()).contains(n))
                    .map(|n| n - 1)
            })
            .map(|i| options[i].id.clone())
            .ok_or(AnswerError::NotAChoice),
    }
}

/// `YYYY-MM-DD`, a real day of a year from 1900 on (a date a person gives: a birth, a
/// death, a hack; the wizard's own dates are checked more narrowly by `values::date`).
fn is_day(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = [0..4, 5..7, 8..10]
        .into_iter()
        .all(|r| b[r].iter().all(u8::is_ascii_digit));
    if !digits {
        return false;
    }
    let parse = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (parse(0..4), parse(5..7), parse(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    year >= 1900 && (1..=days).contains(&day)
}

impl Draft {
    /// The text an answer puts into the message: a choice's label, anything else as given.
    pub fn answer_text(&self, field: &str, answer: &str) -> String {
        match self.fields.iter().find(|f| f.id == field).map(|f| &f.kind) {
            Some(FieldKind::Choice(options)) => options
                .iter()
                .find(|o| o.id == answer)
                .map_or_else(|| answer.to_string(), |o| o.label.clone()),
            _ => answer.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ChoiceOption, Field};

    #[test]
    fn placeholders_and_braces() {
        assert_eq!(
            placeholders("Hi {name}, {{x}} {date}"),
            Ok(vec!["name", "date"])
        );
        assert!(placeholders("a { b").is_err());
        assert!(placeholders("a } b").is_err());
        assert!(placeholders("{Bad Name}").is_err());
        assert_eq!(placeholders("no fields"), Ok(vec![]));
    }

    #[test]
    fn fill_replaces_known_and_keeps_missing() {
        let v = |id: &str| (id == "name").then(|| "Ana".to_string());
        assert_eq!(fill("Hi {name}, {{x}} {date}", v), "Hi Ana, {x} {date}");
    }

    #[test]
    fn an_empty_optional_field_takes_its_line_with_it() {
        let body = "Hello.\n\nTheir page: {page}\nLinks: {links}\nSince {date}.\n\nThanks.";
        let v = |id: &str| match id {
            "page" => Some("https://vk.com/x".to_string()),
            _ => None,
        };
        let optional = |id: &str| id == "links";
        assert_eq!(
            fill_lines(body, v, optional),
            "Hello.\n\nTheir page: https://vk.com/x\nSince {date}.\n\nThanks."
        );
        // nothing optional: the same as fill
        assert_eq!(fill_lines(body, v, |_| false), fill(body, v));
        // a paragraph of its own leaves no double blank line, first or last
        let v = |_: &str| None;
        assert_eq!(fill_lines("A.\n\n{x}\n\nB.", v, |_| true), "A.\n\nB.");
        assert_eq!(fill_lines("{x}\n\nB.", v, |_| true), "B.");
        assert_eq!(fill_lines("A.\n\n{x}", v, |_| true), "A.");
        // braces are still braces
        assert_eq!(fill_lines("{{x}} {y}", v, |_| true), "");
        assert_eq!(fill_lines("{{x}}\n{y}", v, |_| true), "{x}");
    }

    #[test]
    fn a_draft_is_written_with_choice_labels_and_shows_what_is_missing() {
        let draft = Draft {
            language: "en".into(),
            subject: Some("Lost: {what} {extra}".into()),
            body: "My phone was {what} on {date}.\nNote: {extra}\nBye.".into(),
            fields: vec![
                Field {
                    id: "what".into(),
                    ask: "What happened?".into(),
                    kind: FieldKind::Choice(vec![
                        ChoiceOption {
                            id: "lost".into(),
                            label: "lost".into(),
                        },
                        ChoiceOption {
                            id: "stolen".into(),
                            label: "taken from me".into(),
                        },
                    ]),
                    required: true,
                    help: None,
                },
                Field {
                    id: "date".into(),
                    ask: "When?".into(),
                    kind: FieldKind::Date,
                    required: true,
                    help: None,
                },
                Field {
                    id: "extra".into(),
                    ask: "Anything else?".into(),
                    kind: FieldKind::Text,
                    required: false,
                    help: None,
                },
            ],
        };
        let answers: std::collections::BTreeMap<String, String> =
            [("what".to_string(), "stolen".to_string())].into();
        let w = draft.write(&answers);
        assert_eq!(w.subject.as_deref(), Some("Lost: taken from me"));
        assert_eq!(w.body, "My phone was taken from me on {date}.\nBye.");
        let missing: Vec<&str> = draft
            .missing(&answers)
            .iter()
            .map(|f| f.id.as_str())
            .collect();
        assert_eq!(missing, ["date"]);
    }

    #[test]
    fn answers_are_checked_by_kind() {
        let today = "2026-12-04";
        assert_eq!(
            check_answer(&FieldKind::Text, "  x ", today),
            Ok("x".into())
        );
        assert_eq!(
            check_answer(&FieldKind::Text, " ", today),
            Err(AnswerError::Empty)
        );
        assert_eq!(
            check_answer(&FieldKind::Text, &"x".repeat(MAX_ANSWER + 1), today),
            Err(AnswerError::TooLong)
        );
        assert_eq!(
            check_answer(&FieldKind::Date, "2026-12-05", today),
            Err(AnswerError::InTheFuture)
        );
        assert_eq!(
            check_answer(&FieldKind::Date, "2026-02-30", today),
            Err(AnswerError::NotADate)
        );
        assert!(check_answer(&FieldKind::Date, "2026-12-04", today).is_ok());
        assert!(check_answer(&FieldKind::Date, "1998-07-09", today).is_ok());
        assert!(check_answer(&FieldKind::Date, "2024-02-29", today).is_ok());
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "1899-12-31",
            "2026-13-01",
            "2026-1-01",
            "26-01-01",
            "2026/01/01",
            "+026-01-01",
        ] {
            assert_eq!(
                check_answer(&FieldKind::Date, bad, today),
                Err(AnswerError::NotADate),
                "{bad}"
            );
        }
        assert_eq!(
            check_answer(&FieldKind::Email, "a@b", today),
            Err(AnswerError::NotAnEmail)
        );
        assert!(check_answer(&FieldKind::Email, "ana@example.com", today).is_ok());
        assert!(check_answer(&FieldKind::Phone, "+995 555 12 34 56", today).is_ok());
        assert_eq!(
            check_answer(&FieldKind::Phone, "555", today),
            Err(AnswerError::NotAPhone)
        );
        assert!(check_answer(&FieldKind::Username, "@ana.k", today).is_ok());
        assert_eq!(
            check_answer(&FieldKind::Username, "ana k", today),
            Err(AnswerError::NotAUsername)
        );
        assert!(check_answer(&FieldKind::Url, "https://instagram.com/ana", today).is_ok());
        assert_eq!(
            check_answer(&FieldKind::Url, "instagram", today),
            Err(AnswerError::NotAUrl)
        );
        let choice = FieldKind::Choice(vec![
            ChoiceOption {
                id: "child".into(),
                label: "their child".into(),
            },
            ChoiceOption {
                id: "parent".into(),
                label: "their parent".into(),
            },
        ]);
        assert_eq!(check_answer(&choice, "2", today), Ok("parent".into()));
        assert_eq!(check_answer(&choice, "child", today), Ok("child".into()));
        assert_eq!(
            check_answer(&choice, "3", today),
            Err(AnswerError::NotAChoice)
        );
    }
}
