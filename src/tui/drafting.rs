//! "Write the message": on an outcome card that carries a draft, `w` asks the draft's
//! questions one by one (a line editor for typed answers, numbered options for a choice),
//! then shows the message as it will be sent, its translation, and the answers, any of
//! which can be changed. Copy, save, open in a mail program; never sent by itself.
//!
//! The state lives here, and so do the app's handlers for these screens; `app.rs` only
//! routes to them. The answers are personal data: kept in memory, and handed to the
//! autosave hook ([`super::Effect::Kept`]) only once the person agreed.

mod answer;
mod message;
mod review;

use crate::session::DraftAnswers;
use std::collections::BTreeMap;
use tui_input::Input;

/// The message being written: which card, and where in it the person is.
#[derive(Debug, Clone)]
pub struct Drafting {
    /// The outcome's node id and the card's index on it.
    pub node: String,
    pub channel: usize,
    pub step: Step,
}

#[derive(Debug, Clone)]
pub enum Step {
    /// A question of the draft.
    Answer(Answering),
    /// The message, its translation and the answers; `selected` answer, scroll offset.
    Review { selected: usize, scroll: usize },
}

/// One question on screen.
#[derive(Debug, Clone)]
pub struct Answering {
    /// The field's index in the draft.
    pub field: usize,
    /// A typed answer, with its cursor.
    pub input: Input,
    /// The highlighted option of a choice.
    pub choice: usize,
    /// Why the last answer would not do.
    pub error: Option<String>,
    /// Changing one answer from the message: Enter and Esc return there.
    pub from_review: bool,
}

/// Every answer given to every message in this run, by wizard, and whether the person
/// agreed to keep them with the session.
#[derive(Debug, Clone, Default)]
pub struct Memory {
    pub(crate) answers: BTreeMap<String, DraftAnswers>,
    /// `None` until asked; asked only when the answers can be kept at all.
    pub(crate) consent: Option<bool>,
    /// Whether there is a session to keep them in (the real wizard; not a test).
    pub(crate) can_keep: bool,
    /// The answers came with a resumed session: starting over forgets them.
    resumed: bool,
    /// The card to write once the consent dialog is answered.
    pending: Option<(String, usize)>,
}

impl Memory {
    /// Answers can be kept with the session, after asking; `kept` are those a resumed
    /// session kept (its wizard's id and the answers), agreed to then.
    pub fn keeping(kept: Option<(String, DraftAnswers)>) -> Memory {
        Memory {
            consent: kept.as_ref().map(|_| true),
            resumed: kept.is_some(),
            answers: kept.into_iter().collect(),
            can_keep: true,
            pending: None,
        }
    }
}
