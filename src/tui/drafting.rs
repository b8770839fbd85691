//! "Write the message": on an outcome card that carries a draft, `w` asks the draft's
//! questions one by one (a line editor for typed answers, numbered options for a choice),
//! then shows the message as it will be sent, its translation, and the answers, any of
//! which can be changed. Copy, save, open in a mail program; never sent by itself.
//!
//! The state lives here, and so do the app's handlers for these screens; `app.rs` only
//! routes to them. The answers are personal data: kept in memory, and handed to the
//! autosave hook ([`super::Effect::Kept`]) only once the person agreed.

use super::app::{App, Effect};
use super::keys::Action;
use super::state::{Confirm, Message as Note, Overlay};
use crate::catalog::{Resumption, View};
use crate::compose::{self, Answers, Message};
use crate::draft::check_answer;
use crate::model::FieldKind;
use crate::session::DraftAnswers;
use crate::text::clean_line;
use crate::tr;
use crate::wizard::Reach;
use crossterm::event::Event;
use std::collections::BTreeMap;
use tui_input::backend::crossterm::to_input_request;
use tui_input::{Input, InputRequest};

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

    /// Question `field` of `m`, with the answer it has.
    fn asking(&self, m: &Message, field: usize, from_review: bool) -> Answering {
        let answers = self.answers_to(m);
        let f = &m.fields()[field];
        let now = answers.get(&f.id);
        let choice = match &f.kind {
            FieldKind::Choice(options) => now
                .and_then(|a| options.iter().position(|o| &o.id == a))
                .unwrap_or(0),
            _ => 0,
        };
        let typed = match &f.kind {
            FieldKind::Choice(_) => String::new(),
            _ => now.cloned().unwrap_or_default(),
        };
        Answering {
            field,
            input: Input::new(typed),
            choice,
            error: None,
            from_review,
        }
    }

    /// A key or a paste on a question: into the line editor.
    pub(crate) fn edit(&mut self, event: &Event) {
        let Some(Drafting {
            step: Step::Answer(a),
            ..
        }) = &mut self.drafting
        else {
            return;
        };
        match event {
            Event::Paste(text) => {
                for c in clean_line(text).chars() {
                    a.input.handle(InputRequest::InsertChar(c));
                }
            }
            _ => {
                if let Some(req) = to_input_request(event) {
                    a.input.handle(req);
                }
            }
        }
        a.error = None;
    }

    /// Keys on a question (typed or a choice).
    pub(crate) fn on_answer(&mut self, action: Action) -> Option<Effect> {
        let m = self.draft_message()?;
        let tr = self.tr();
        let Some(Drafting {
            step: Step::Answer(a),
            ..
        }) = &mut self.drafting
        else {
            return None;
        };
        let field = &m.fields()[a.field];
        let options = match &field.kind {
            FieldKind::Choice(options) => options.len(),
            _ => 0,
        };
        match action {
            Action::Up => a.choice = a.choice.saturating_sub(1),
            Action::Down => a.choice = (a.choice + 1).min(options.saturating_sub(1)),
            Action::First => a.choice = 0,
            Action::Last => a.choice = options.saturating_sub(1),
            Action::Pick(i) if i < options => {
                a.choice = i;
                return self.accept(&m);
            }
            Action::Pick(_) => {
                a.error = Some(tr!(tr, "answer-not-a-choice", count = options));
            }
            Action::Choose => return self.accept(&m),
            Action::Close => {
                let (field, from_review) = (a.field, a.from_review);
                if from_review {
                    self.review(field);
                } else if field > 0 {
                    let back = self.asking(&m, field - 1, false);
                    self.set_step(Step::Answer(back));
                } else {
                    self.drafting = None;
                }
            }
            _ => {}
        }
        None
    }

    /// Enter on a question: check the answer, keep it, go on.
    fn accept(&mut self, m: &Message) -> Option<Effect> {
        let tr = self.tr();
        let today = self.today.clone();
        let Some(Drafting {
            step: Step::Answer(a),
            ..
        }) = &mut self.drafting
        else {
            return None;
        };
        let field = &m.fields()[a.field];
        let typed = match &field.kind {
            FieldKind::Choice(options) => options.get(a.choice).map(|o| o.id.clone()),
            _ => Some(a.input.value().to_string()),
        }
        .unwrap_or_default();
        let answer = match check_answer(&field.kind, &typed, &today) {
            Ok(answer) => Some(answer),
            Err(crate::draft::AnswerError::Empty) if !field.required => None,
            Err(e) => {
                a.error = Some(compose::answer_error(tr, e, field, &today));
                return None;
            }
        };
        let (index, from_review) = (a.field, a.from_review);
        let all = self.drafts.answers.entry(m.wizard.id.clone()).or_default();
        let mine = all.entry((m.node.to_string(), m.index)).or_default();
        let changed = match answer {
            Some(answer) => mine.insert(field.id.clone(), answer.clone()) != Some(answer),
            None => mine.remove(&field.id).is_some(),
        };
        if from_review || index + 1 == m.fields().len() {
            self.review(if from_review { index } else { 0 });
        } else {
            let next = self.asking(m, index + 1, false);
            self.set_step(Step::Answer(next));
        }
        (changed && self.drafts.consent == Some(true)).then_some(Effect::Kept)
    }

    fn set_step(&mut self, step: Step) {
        if let Some(d) = &mut self.drafting {
            d.step = step;
        }
    }

    /// The message, with answer `selected` highlighted, from its top.
    fn review(&mut self, selected: usize) {
        self.set_step(Step::Review {
            selected,
            scroll: 0,
        });
    }

    /// Keys on the message.
    pub(crate) fn on_review(&mut self, action: Action) -> Option<Effect> {
        let m = self.draft_message()?;
        let count = m.fields().len();
        let doc = self.layout().message.clone();
        let page = doc.as_ref().map_or(1, |d| d.scroll.page() as isize);
        let Some(Drafting {
            step: Step::Review { selected, scroll },
            ..
        }) = &mut self.drafting
        else {
            return None;
        };
        let show = |selected: usize, scroll: &mut usize| {
            if let Some(d) = &doc
                && let Some(rows) = d.cards.get(selected)
            {
                if rows.start < *scroll {
                    *scroll = rows.start;
                } else if rows.end > *scroll + d.scroll.shown {
                    *scroll = rows.end.saturating_sub(d.scroll.shown).min(rows.start);
                }
            }
        };
        let max = doc.as_ref().map_or(0, |d| d.scroll.max_scroll());
        // The first ↑ or ↓ while the selected answer is out of sight brings it into view.
        let in_view = |selected: usize, scroll: usize| {
            doc.as_ref().is_none_or(|d| {
                d.cards
                    .get(selected)
                    .is_none_or(|rows| rows.start >= scroll && rows.end <= scroll + d.scroll.shown)
            })
        };
        match action {
            Action::Up | Action::Down if !in_view(*selected, *scroll) => show(*selected, scroll),
            Action::Up => {
                *selected = selected.saturating_sub(1);
                show(*selected, scroll);
            }
            Action::Down => {
                *selected = (*selected + 1).min(count.saturating_sub(1));
                show(*selected, scroll);
            }
            Action::First => *scroll = 0,
            Action::Last => *scroll = max,
            Action::PageUp => *scroll = scroll.saturating_sub(page as usize),
            Action::PageDown => *scroll = (*scroll + page as usize).min(max),
            Action::Choose if count > 0 => {
                let field = *selected;
                let asking = self.asking(&m, field, true);
                self.set_step(Step::Answer(asking));
            }
            Action::Copy => {
                let text = m.text(&self.answers_to(&m), &self.today);
                return Some(Effect::CopyMessage(text));
            }
            Action::CopySubject => {
                let subject = m.written(&self.answers_to(&m)).subject;
                match subject {
                    Some(s) => return Some(Effect::Copy(s)),
                    None => self.notify(Note::info(self.tr().s("message-no-subject"))),
                }
            }
            Action::Open => return self.open_message_link(&m),
            Action::Save => {
                let answers = self.answers_to(&m);
                let mut files = vec![(
                    m.file_name("txt"),
                    m.file_text(self.tr(), &answers, &self.today),
                )];
                files.extend(m.eml(&answers).map(|eml| (m.file_name("eml"), eml)));
                return Some(Effect::SaveFiles(files));
            }
            Action::Close | Action::Back => self.drafting = None,
            _ => return self.common(action),
        }
        None
    }

    /// Scroll the message by `rows` (the wheel).
    pub(crate) fn scroll_message(&mut self, rows: isize) {
        let max = self
            .layout()
            .message
            .as_ref()
            .map_or(0, |d| d.scroll.max_scroll());
        if let Some(Drafting {
            step: Step::Review { scroll, .. },
            ..
        }) = &mut self.drafting
        {
            *scroll = scroll.saturating_add_signed(rows).min(max);
        }
    }

    /// A click on an answer selects it.
    pub(crate) fn select_answer(&mut self, i: usize) {
        if let Some(Drafting {
            step: Step::Review { selected, .. },
            ..
        }) = &mut self.drafting
        {
            *selected = i;
        }
    }

    /// `o` on the message: a mail program with it, or the form to paste it into.
    fn open_message_link(&mut self, m: &Message) -> Option<Effect> {
        let tr = self.tr();
        match &m.channel.reach {
            Reach::Email { address } => match m.mailto(&self.answers_to(m))? {
                Ok(link) => Some(Effect::Open(link)),
                Err(_) => {
                    let text = tr!(tr, "mailto-too-long", address = address.as_str());
                    self.notify(Note::info(text));
                    None
                }
            },
            Reach::Form { url } | Reach::Web { url } => Some(Effect::Open(url.clone())),
            _ => {
                self.notify(Note::info(tr.s("mailto-not-email")));
                None
            }
        }
    }
}
