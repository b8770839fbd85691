//! The TUI's state and how keys, mouse and paste change it. No terminal IO here: what
//! needs the outside world (copy, open, save, quit) comes back as an [`Effect`] for the
//! loop to carry out, so tests drive the whole app with events alone. Where things are
//! on screen (for clicks, scrolling and paging) comes from the [`Layout`] the view
//! returned for the last frame.

mod handle;
mod outcome;
mod search;

use super::drafting::{Drafting, Memory, Step};
use super::keys::Context;
use super::layout::{self, Layout};
use super::state::{Message, Overlay};
use super::theme::Theme;
use crate::catalog::{Journey, View};
use crate::i18n::Tr;
use crate::search::Index;
use ratatui::layout::Rect;

/// How the run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// `q` (or a confirmed quit) before an outcome.
    Quit,
    /// `q` on an outcome: the caller prints the outcome's summary.
    QuitOnOutcome,
    /// Ctrl-C (a key in raw mode) or SIGINT.
    Interrupted,
    /// SIGTERM or SIGHUP, or the input went away.
    Signalled,
}

/// Something for the loop to do outside the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// The journey changed (an answer, back, restart, a search jump): save it.
    Changed,
    /// Put this text on the clipboard.
    Copy(String),
    /// Put a message written for the person on the clipboard (the status line says how
    /// long it is rather than repeating it).
    CopyMessage(String),
    /// Open this link with the system opener.
    Open(String),
    /// Save this text as a file with (about) this name.
    Save { name: String, text: String },
    /// Save these files (name, text), readable by their owner only: a message written
    /// for the person (its `.txt`, and an e-mail's `.eml`).
    SaveFiles(Vec<(String, String)>),
    /// The answers to a message changed, and the person agreed to keep them: save them
    /// with the session ([`App::kept_answers`]).
    Kept,
    /// Leave the loop.
    End(End),
}

pub struct App<'c> {
    journey: Journey<'c>,
    pub(crate) theme: Theme,
    /// The whole terminal, as of the last resize.
    pub(crate) area: Rect,
    /// The highlighted choice on a question.
    pub(crate) selected: usize,
    /// The selected channel card on an outcome, and the outcome's scroll offset.
    pub(crate) card: usize,
    pub(crate) scroll: usize,
    pub(crate) overlay: Overlay,
    pub(crate) message: Option<Message>,
    index: Option<Index<'c>>,
    /// The walks (platform, language) already told that their translation is machine-made.
    noticed: Vec<(String, &'static str)>,
    /// What the last frame laid out.
    layout: Layout,
    /// The message being written, when one is ([`super::drafting`]).
    pub(crate) drafting: Option<Drafting>,
    /// Every answer to every message so far, and whether to keep them.
    pub(crate) drafts: Memory,
    /// `YYYY-MM-DD`: the latest day a date answer may name, and a letter's date.
    pub(crate) today: String,
}

impl<'c> App<'c> {
    pub fn new(journey: Journey<'c>, theme: Theme) -> App<'c> {
        App {
            journey,
            theme,
            area: Rect::new(0, 0, 80, 24),
            selected: 0,
            card: 0,
            scroll: 0,
            overlay: Overlay::None,
            message: None,
            index: None,
            layout: Layout::default(),
            noticed: Vec::new(),
            drafting: None,
            drafts: Memory::default(),
            today: crate::compose::today(std::time::SystemTime::now()),
        }
    }

    /// What the last frame laid out.
    pub(crate) fn layout(&self) -> &Layout {
        &self.layout
    }

    pub fn journey(&self) -> &Journey<'c> {
        &self.journey
    }

    pub fn into_journey(self) -> Journey<'c> {
        self.journey
    }

    pub fn overlay(&self) -> &Overlay {
        &self.overlay
    }

    /// The terminal's size as the app last heard it.
    pub fn area(&self) -> Rect {
        self.area
    }

    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    /// The search index, if search has been opened.
    pub(crate) fn index(&self) -> Option<&Index<'c>> {
        self.index.as_ref()
    }

    /// Tell the app the terminal's size (before every draw, and on resize).
    pub fn resize(&mut self, area: Rect) {
        self.area = area;
    }

    /// Take the view's record of the frame just drawn: clicks, scrolling and paging
    /// are answered from it until the next frame.
    pub fn drawn(&mut self, layout: Layout) {
        self.layout = layout;
        self.clamp_scroll();
    }

    /// The language the person reads.
    pub fn tr(&self) -> Tr {
        self.journey.tr()
    }

    /// Show a note (the result of an effect).
    pub fn notify(&mut self, message: Message) {
        self.message = Some(message);
    }

    /// Which rows of the key table apply now.
    pub fn context(&self) -> Context {
        if layout::too_small(self.area) {
            return Context::TooSmall;
        }
        match &self.overlay {
            Overlay::Help { .. } => Context::Help,
            Overlay::Search(_) => Context::Search,
            Overlay::Confirm(_) => Context::Confirm,
            Overlay::Languages { .. } => Context::Languages,
            Overlay::None => match (self.journey.view(), &self.drafting) {
                (View::Question(_), _) => Context::Question,
                (View::Outcome(..), None) => Context::Outcome,
                (View::Outcome(..), Some(d)) => match &d.step {
                    Step::Review { .. } => Context::Message,
                    Step::Answer(a) => {
                        let choice = self.draft_message().is_some_and(|m| {
                            matches!(m.fields()[a.field].kind, crate::model::FieldKind::Choice(_))
                        });
                        if choice {
                            Context::AnswerChoice
                        } else {
                            Context::Answer
                        }
                    }
                },
            },
        }
    }
}
