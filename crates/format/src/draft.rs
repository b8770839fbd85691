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
}

/// Check an answer for a field of `kind`, `today` as `YYYY-MM-DD`, and return it tidied
/// (trimmed; a choice as its option's id). An empty answer is `Err(Empty)`: the caller
/// decides whether the field may be skipped.
pub fn check_answer(kind: &FieldKind, answer: &str, today: &str) -> Result<String, AnswerError> {
    let a = answer.trim();
    if a.is_empty() {
        return Err(AnswerError::Empty);
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
            if a.len() != 10 || values::date(a).is_err() {
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
    use crate::model::ChoiceOption;

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
            check_answer(&FieldKind::Date, "2026-12-05", today),
            Err(AnswerError::InTheFuture)
        );
        assert_eq!(
            check_answer(&FieldKind::Date, "2026-02-30", today),
            Err(AnswerError::NotADate)
        );
        assert!(check_answer(&FieldKind::Date, "2026-12-04", today).is_ok());
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
