//! Which message: the draft of an outcome card, the answers given to it, what the
//! autosave hook and the end of the run take from them, and `w` that opens it (asking
//! first whether to keep the answers).

use super::{Drafting, Memory, Step};
use crate::catalog::{Resumption, View};
use crate::compose::{self, Answers, Message};
use crate::session::DraftAnswers;
use crate::tui::app::{App, Effect};
use crate::tui::state::{Confirm, Message as Note, Overlay};

impl<'c> App<'c> {
    /// The message on screen, or being asked about.
    pub(crate) fn draft_message(&self) -> Option<Message<'c>> {
        let d = self.drafting.as_ref()?;
        self.card_message(&d.node, d.channel)
    }

    /// The draft of card `channel` on outcome `node` of the current platform.
    fn card_message(&self, node: &str, channel: usize) -> Option<Message<'c>> {
        let journey = self.journey();
        let catalog = journey.catalog();
        let wizard = journey.walk()?.wizard();
        let entry = catalog.entry(&wizard.id)?;
        let node = entry.wizard().nodes.iter().find(|n| n.id == node)?;
        Message::find(
            catalog,
            &wizard.id,
            &node.id,
            channel,
            self.tr().lang().code,
        )
    }

    /// Whether the selected card on the outcome carries a draft.
    pub(crate) fn card_has_draft(&self, card: usize) -> bool {
        match self.journey().view() {
            View::Outcome(_, o) => o.channels.get(card).is_some_and(|c| c.draft.is_some()),
            View::Question(_) => false,
        }
    }

    /// The answers given to the message `m`.
    pub(crate) fn answers_to(&self, m: &Message) -> Answers {
        (self.drafts.answers.get(&m.wizard.id))
            .and_then(|all| compose::answers_of(all, m.node, m.index))
            .cloned()
            .unwrap_or_default()
    }

    /// The current platform's draft answers, if the person agreed to keep them: what
    /// the autosave hook writes into the session.
    pub fn kept_answers(&self) -> Option<(&str, &DraftAnswers)> {
        if self.drafts.consent != Some(true) {
            return None;
        }
        let wizard = &self.journey().walk()?.wizard().id;
        let answers = self.drafts.answers.get(wizard)?;
        Some((wizard.as_str(), answers))
    }

    /// The message on screen, as text (where it goes, the message, its translation),
    /// when the person is looking at a finished one.
    pub fn written_message(&self) -> Option<String> {
        let d = self.drafting.as_ref()?;
        let Step::Review { .. } = d.step else {
            return None;
        };
        let m = self.draft_message()?;
        let answers = self.answers_to(&m);
        Some(crate::report::draft_text(
            self.tr(),
            &m,
            &answers,
            &self.today,
        ))
    }

    /// Start keeping the answers with the session (after asking): `kept` are those of
    /// the session being resumed.
    pub fn keep_drafts(&mut self, kept: Option<(String, DraftAnswers)>) {
        self.drafts = Memory::keeping(kept);
    }

    /// Today's date, for checking dates and for a letter (tests fix it).
    pub fn set_today(&mut self, today: &str) {
        self.today = today.to_string();
    }

    /// `w` on an outcome: write the selected card's message.
    pub(crate) fn write(&mut self) -> Option<Effect> {
        let walk = self.journey().walk()?;
        let node = walk.node().id.clone();
        if !self.card_has_draft(self.card) {
            let cards = match self.journey().view() {
                View::Outcome(_, o) => o.channels.len(),
                View::Question(_) => 0,
            };
            let any = (0..cards).any(|i| self.card_has_draft(i));
            let id = if any {
                "draft-not-this-card"
            } else {
                "draft-none"
            };
            self.notify(Note::info(self.tr().s(id)));
            return None;
        }
        if self.drafts.resumed && self.journey().resumption() == Resumption::StartedOver {
            self.drafts = Memory {
                can_keep: self.drafts.can_keep,
                ..Memory::default()
            };
        }
        if self.drafts.can_keep && self.drafts.consent.is_none() {
            self.drafts.pending = Some((node, self.card));
            self.overlay = Overlay::Confirm(Confirm::KeepAnswers);
            return None;
        }
        self.open_message(node, self.card);
        None
    }

    /// The consent dialog was answered.
    pub(crate) fn consented(&mut self, yes: bool) -> Option<Effect> {
        self.overlay = Overlay::None;
        self.drafts.consent = Some(yes);
        let (node, card) = self.drafts.pending.take()?;
        self.open_message(node, card);
        None
    }

    /// Show the message if every required question has an answer, else its first question.
    fn open_message(&mut self, node: String, channel: usize) {
        let Some(m) = self.card_message(&node, channel) else {
            return;
        };
        let answers = self.answers_to(&m);
        let step = match m.missing(&answers).first() {
            None if !answers.is_empty() || m.fields().is_empty() => Step::Review {
                selected: 0,
                scroll: 0,
            },
            _ => Step::Answer(self.asking(&m, 0, false)),
        };
        self.drafting = Some(Drafting {
            node,
            channel,
            step,
        });
    }
}
