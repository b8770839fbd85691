//! What a journey shows now: a question ready to show (the picker's or a wizard's), or an
//! outcome. Pure: no IO.

use crate::wizard::{Outcome, Question, Wizard};
use std::borrow::Cow;

/// What to show now: a question (the picker or a wizard's) or an outcome.
#[derive(Debug, Clone)]
pub enum View<'c> {
    Question(Prompt<'c>),
    Outcome(&'c Wizard, &'c Outcome),
}

/// A question ready to show, whether it is the picker or a wizard's own.
#[derive(Debug, Clone)]
pub struct Prompt<'c> {
    /// The platform title, or `None` on the picker.
    pub platform: Option<&'c str>,
    pub text: Cow<'c, str>,
    pub help: Option<Cow<'c, str>>,
    pub choices: Vec<Cow<'c, str>>,
}

impl<'c> Prompt<'c> {
    pub(super) fn of(platform: &'c Wizard, node: &str, q: &'c Question) -> Prompt<'c> {
        // a text shown in English for want of a translation says so
        let mark = |key: &str, text: &'c str| -> Cow<'c, str> {
            if platform.untranslated(node, key) {
                Cow::Owned(format!("{UNTRANSLATED} {text}"))
            } else {
                Cow::Borrowed(text)
            }
        };
        Prompt {
            platform: Some(&platform.title),
            text: mark("text", &q.text),
            help: q.help.as_deref().map(|h| mark("help", h)),
            choices: (q.choices.iter())
                .map(|c| mark(&format!("choices.{}", c.id), &c.label))
                .collect(),
        }
    }
}

/// Put before a text shown in English because its translation is missing or out of
/// date (the help explains it).
pub const UNTRANSLATED: &str = "[EN]";
