//! The TUI's state and how keys, mouse and paste change it. No terminal IO here: what
//! needs the outside world (copy, open, save, quit) comes back as an [`Effect`] for the
//! loop to carry out, so tests drive the whole app with events alone. Where things are
//! on screen (for clicks, scrolling and paging) comes from the [`Layout`] the view
//! returned for the last frame.

use super::drafting::{Drafting, Memory, Step};
use super::keys::{self, Action, Context};
use super::layout::{self, Document, Layout, Scrolled};
use super::state::{Confirm, Message, Overlay, Search};
use super::theme::Theme;
use crate::catalog::{Journey, View};
use crate::engine::Walk;
use crate::i18n::{LANGUAGES, Tr};
use crate::report;
use crate::search::Index;
use crate::text::{clean, clean_line};
use crate::tr;
use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};
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

    /// React to one terminal event.
    pub fn handle(&mut self, event: &Event) -> Option<Effect> {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                let context = self.context();
                self.message = None;
                match keys::action(context, key) {
                    Some(Action::Edit) => {
                        self.edit(event);
                        None
                    }
                    Some(action) => self.act(context, action),
                    None => {
                        if matches!(context, Context::Question | Context::Outcome) {
                            self.message = Some(Message::info(self.tr().s("status-not-a-key")));
                        }
                        None
                    }
                }
            }
            Event::Mouse(m) => self.mouse(m),
            Event::Resize(w, h) => {
                self.resize(Rect::new(0, 0, *w, *h));
                None
            }
            Event::Paste(_) if self.context() == Context::Answer => {
                self.edit(event);
                None
            }
            Event::Paste(text) => {
                if let Overlay::Search(s) = &mut self.overlay {
                    s.query.push_str(&clean_line(text));
                    self.refresh_search();
                }
                None
            }
            _ => None,
        }
    }

    fn act(&mut self, context: Context, action: Action) -> Option<Effect> {
        if action == Action::Interrupt {
            return Some(Effect::End(End::Interrupted));
        }
        match context {
            Context::Question => self.on_question(action),
            Context::Outcome => self.on_outcome(action),
            Context::Search => self.on_search(action),
            Context::Help => {
                self.on_help(action);
                None
            }
            Context::Confirm => self.on_confirm(action),
            Context::Languages => self.on_languages(action),
            Context::Answer | Context::AnswerChoice => self.on_answer(action),
            Context::Message => self.on_review(action),
            Context::TooSmall => (action == Action::Quit).then(|| self.quit()),
        }
    }

    fn quit(&self) -> Effect {
        Effect::End(if self.journey.is_finished() {
            End::QuitOnOutcome
        } else {
            End::Quit
        })
    }

    fn choices(&self) -> usize {
        match self.journey.view() {
            View::Question(p) => p.choices.len(),
            View::Outcome(..) => 0,
        }
    }

    fn on_question(&mut self, action: Action) -> Option<Effect> {
        let n = self.choices();
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(n.saturating_sub(1)),
            Action::First => self.selected = 0,
            Action::Last => self.selected = n.saturating_sub(1),
            Action::Choose => return self.choose(self.selected),
            Action::Pick(i) if i < n => return self.choose(i),
            Action::Pick(i) => {
                let tr = self.tr();
                let text = tr!(tr, "status-no-such-answer", number = i + 1, count = n);
                self.message = Some(Message::error(text));
            }
            _ => return self.common(action),
        }
        None
    }

    /// Keys that work the same on a question and an outcome (and a message).
    pub(crate) fn common(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::Back => return self.back(),
            Action::Restart => {
                if self.journey.depth() == 0 {
                    self.message = Some(Message::info(self.tr().s("status-nothing-to-restart")));
                } else {
                    self.overlay = Overlay::Confirm(Confirm::Restart);
                }
            }
            Action::Help => self.overlay = Overlay::Help { scroll: 0 },
            Action::Search => self.open_search(),
            Action::Language => {
                let code = self.tr().lang().code;
                let selected = LANGUAGES.iter().position(|l| l.code == code).unwrap_or(0);
                self.overlay = Overlay::Languages { selected };
            }
            Action::Quit => return Some(self.quit()),
            _ => {}
        }
        None
    }

    fn on_languages(&mut self, action: Action) -> Option<Effect> {
        let Overlay::Languages { selected } = &mut self.overlay else {
            return None;
        };
        let last = LANGUAGES.len() - 1;
        match action {
            Action::Up => *selected = selected.saturating_sub(1),
            Action::Down => *selected = (*selected + 1).min(last),
            Action::First => *selected = 0,
            Action::Last => *selected = last,
            Action::Choose => {
                let tr = Tr::new(&LANGUAGES[*selected]);
                self.overlay = Overlay::None;
                if tr != self.tr() {
                    self.journey.set_language(tr);
                    self.index = None; // searched in the language it was built for
                    self.notice_translation();
                    return Some(Effect::Changed);
                }
            }
            Action::Close => self.overlay = Overlay::None,
            _ => {}
        }
        None
    }

    /// Once per walk and language: a translation no native speaker reviewed says what
    /// it is, on the status line.
    pub fn notice_translation(&mut self) {
        let tr = self.tr();
        let Some(walk) = self.journey.walk() else {
            return;
        };
        let key = (walk.wizard().id.clone(), tr.lang().code);
        if self.noticed.contains(&key) {
            return;
        }
        let unreviewed = (self.journey.catalog().entry(&key.0))
            .and_then(|e| e.translation(key.1))
            .is_some_and(|t| t.def.reviewer.is_none());
        if unreviewed {
            self.noticed.push(key);
            self.message = Some(Message::info(tr.s("status-machine-translation")));
        }
    }

    fn choose(&mut self, i: usize) -> Option<Effect> {
        self.journey.choose(i).ok()?;
        self.arrived(0);
        self.notice_translation();
        Some(Effect::Changed)
    }

    fn back(&mut self) -> Option<Effect> {
        // Highlight, after going back, the answer that was given there.
        let previous = self.journey.choice_taken_back();
        if self.journey.back() {
            self.arrived(previous.unwrap_or(0));
            Some(Effect::Changed)
        } else {
            self.overlay = Overlay::Confirm(Confirm::Quit);
            None
        }
    }

    /// Reset the per-screen state after the journey moved.
    fn arrived(&mut self, selected: usize) {
        self.selected = selected.min(self.choices().saturating_sub(1));
        self.card = 0;
        self.scroll = 0;
        self.overlay = Overlay::None;
        self.drafting = None;
    }

    fn on_outcome(&mut self, action: Action) -> Option<Effect> {
        let View::Outcome(wizard, outcome) = self.journey.view() else {
            return None;
        };
        let cards = outcome.channels.len();
        let page = self.page();
        match action {
            // Tab goes round: after the last card, the first.
            Action::NextCard if cards > 0 => {
                self.card = (self.card + 1) % cards;
                self.show_card();
            }
            Action::PrevCard if cards > 0 => {
                self.card = (self.card + cards - 1) % cards;
                self.show_card();
            }
            // The arrows go through the cards, then scroll on to what follows them.
            Action::Down if self.card + 1 < cards => {
                self.card += 1;
                self.show_card();
            }
            Action::Down => self.scroll_by(3),
            Action::Up if self.card > 0 => {
                self.card -= 1;
                self.show_card();
            }
            Action::Up => self.scroll_by(-3),
            Action::First => {
                self.card = 0;
                self.scroll = 0;
            }
            Action::Last => {
                self.card = cards.saturating_sub(1);
                self.scroll = usize::MAX;
                self.clamp_scroll();
            }
            Action::PageUp => self.scroll_by(-page),
            Action::PageDown => self.scroll_by(page),
            Action::Copy => {
                let channel = outcome.channels.get(self.card)?;
                return Some(Effect::Copy(clean(&channel.reach.value()).into_owned()));
            }
            Action::Open => {
                let channel = outcome.channels.get(self.card)?;
                return match channel.reach.link() {
                    Some(link) => Some(Effect::Open(clean_line(&link).into_owned())),
                    None => {
                        let tr = self.tr();
                        let kind = report::kind_name(tr, &channel.reach);
                        let text = tr!(tr, "status-nothing-to-open", kind = kind.as_str());
                        self.message = Some(Message::info(text));
                        None
                    }
                };
            }
            Action::Write => return self.write(),
            Action::Save => {
                let walk = self.journey.walk()?;
                let text = report::saved_text(self.tr(), walk)?;
                let name = crate::store::export::file_name(&wizard.title, &outcome.title);
                return Some(Effect::Save { name, text });
            }
            _ => return self.common(action),
        }
        None
    }

    /// The outcome as the last frame laid it out.
    fn document(&self) -> Option<&Document> {
        self.layout.outcome.as_ref()
    }

    /// Rows PgUp/PgDn move the outcome.
    fn page(&self) -> isize {
        self.document().map_or(1, |d| d.scroll.page() as isize)
    }

    fn scroll_by(&mut self, rows: isize) {
        self.scroll = self.scroll.saturating_add_signed(rows);
        self.clamp_scroll();
    }

    /// Keep the scroll offsets within what the last frame showed. (A screen that was
    /// not laid out, as when the terminal was too small, keeps its place.)
    fn clamp_scroll(&mut self) {
        if let Some(d) = &self.layout.outcome {
            self.scroll = self.scroll.min(d.scroll.max_scroll());
        }
        if let (Overlay::Help { scroll }, Some(help)) = (&mut self.overlay, self.layout.help) {
            *scroll = (*scroll).min(help.max_scroll());
        }
    }

    /// Scroll so the selected card is on screen, preferring to show it whole.
    fn show_card(&mut self) {
        if let Some(d) = self.document()
            && let Some(rows) = d.cards.get(self.card).cloned()
        {
            let height = d.scroll.shown;
            if rows.start < self.scroll {
                self.scroll = rows.start;
            } else if rows.end > self.scroll + height {
                self.scroll = rows.end.saturating_sub(height).min(rows.start);
            }
        }
        self.clamp_scroll();
    }

    fn open_search(&mut self) {
        if self.index.is_none() {
            let lang = self.tr().lang().code;
            self.index = Some(Index::in_language(self.journey.catalog(), lang));
        }
        self.overlay = Overlay::Search(Search {
            query: String::new(),
            hits: Vec::new(),
            partial: false,
            selected: 0,
        });
        self.refresh_search();
    }

    fn refresh_search(&mut self) {
        let (Some(index), Overlay::Search(s)) = (&self.index, &mut self.overlay) else {
            return;
        };
        let found = index.find(&s.query);
        (s.hits, s.partial) = (found.hits, found.partial);
        s.selected = 0;
    }

    fn on_search(&mut self, action: Action) -> Option<Effect> {
        let page = self.layout.hits_per_page.max(1);
        let Overlay::Search(s) = &mut self.overlay else {
            return None;
        };
        let last = s.hits.len().saturating_sub(1);
        match action {
            Action::Type(c) => {
                s.query.push(c);
                self.refresh_search();
            }
            Action::DeleteChar => {
                s.query.pop();
                self.refresh_search();
            }
            Action::DeleteWord => {
                let kept = s.query.trim_end().rfind(' ').map_or(0, |i| i + 1);
                s.query.truncate(kept);
                self.refresh_search();
            }
            Action::ClearQuery => {
                s.query.clear();
                self.refresh_search();
            }
            Action::Up => s.selected = s.selected.saturating_sub(1),
            Action::Down => s.selected = (s.selected + 1).min(last),
            Action::First => s.selected = 0,
            Action::Last => s.selected = last,
            Action::PageUp => s.selected = s.selected.saturating_sub(page),
            Action::PageDown => s.selected = (s.selected + page).min(last),
            Action::Choose => return self.jump(),
            Action::Close => self.overlay = Overlay::None,
            _ => {}
        }
        None
    }

    /// Go to the selected search hit by the fewest answers.
    fn jump(&mut self) -> Option<Effect> {
        let Overlay::Search(s) = &self.overlay else {
            return None;
        };
        let hit = *s.hits.get(s.selected)?;
        let entry = &self.index.as_ref()?.entries()[hit];
        let same_platform = self
            .journey
            .walk()
            .is_some_and(|w| std::ptr::eq(w.wizard(), entry.wizard));
        let picker = self.journey.offers_picker() || !same_platform;
        let walk = Walk::from_steps(entry.wizard, entry.steps.clone());
        self.journey = Journey::resume(self.journey.catalog(), walk, picker);
        self.arrived(0);
        Some(Effect::Changed)
    }

    fn on_help(&mut self, action: Action) {
        let Overlay::Help { scroll } = &mut self.overlay else {
            return;
        };
        let page = self.layout.help.map_or(1, Scrolled::page);
        match action {
            Action::Up => *scroll = scroll.saturating_sub(1),
            Action::Down => *scroll += 1,
            Action::PageUp => *scroll = scroll.saturating_sub(page),
            Action::PageDown => *scroll += page,
            Action::First => *scroll = 0,
            Action::Last => *scroll = usize::MAX,
            Action::Close => self.overlay = Overlay::None,
            _ => {}
        }
        self.clamp_scroll();
    }

    fn on_confirm(&mut self, action: Action) -> Option<Effect> {
        let Overlay::Confirm(which) = self.overlay else {
            return None;
        };
        match (action, which) {
            (Action::Yes, Confirm::Restart) => {
                self.journey.restart();
                self.arrived(0);
                Some(Effect::Changed)
            }
            (Action::Yes, Confirm::Quit) => Some(Effect::End(End::Quit)),
            (Action::Yes, Confirm::KeepAnswers) => self.consented(true),
            (Action::No, Confirm::KeepAnswers) => self.consented(false),
            (Action::No, _) => {
                self.overlay = Overlay::None;
                None
            }
            _ => None,
        }
    }

    fn mouse(&mut self, m: &MouseEvent) -> Option<Effect> {
        let context = self.context();
        let down = match m.kind {
            MouseEventKind::ScrollDown => true,
            MouseEventKind::ScrollUp => false,
            MouseEventKind::Down(MouseButton::Left) => {
                return self.click(context, m.column, m.row);
            }
            _ => return None,
        };
        match context {
            Context::Question => {
                self.on_question(if down { Action::Down } else { Action::Up });
            }
            Context::Outcome => self.scroll_by(if down { 3 } else { -3 }),
            Context::Search => {
                self.on_search(if down { Action::Down } else { Action::Up });
            }
            Context::Help => self.on_help(if down { Action::Down } else { Action::Up }),
            Context::Languages => {
                self.on_languages(if down { Action::Down } else { Action::Up });
            }
            Context::AnswerChoice => {
                self.on_answer(if down { Action::Down } else { Action::Up });
            }
            Context::Message => self.scroll_message(if down { 3 } else { -3 }),
            Context::Confirm | Context::TooSmall | Context::Answer => {}
        }
        None
    }

    fn click(&mut self, context: Context, column: u16, row: u16) -> Option<Effect> {
        self.message = None;
        // the choice, card or search hit on that row of the screen
        let picked = self.layout.pick_at(column, row);
        match context {
            Context::Question => {
                let i = picked?;
                self.selected = i;
                self.choose(i)
            }
            Context::Outcome => {
                self.card = picked?;
                None
            }
            Context::AnswerChoice => self.on_answer(Action::Pick(picked?)),
            Context::Message => {
                self.select_answer(picked?);
                None
            }
            Context::Search => {
                let i = picked?;
                if let Overlay::Search(s) = &mut self.overlay {
                    s.selected = i;
                }
                self.jump()
            }
            _ => None,
        }
    }
}
