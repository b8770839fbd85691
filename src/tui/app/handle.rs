//! How a key, the mouse or a paste reaches the screen it is for: the question, the
//! overlays (help, languages, a confirmation), and the keys that work on every screen.

use super::{App, Effect, End};
use crate::catalog::View;
use crate::i18n::{LANGUAGES, Tr};
use crate::text::clean_line;
use crate::tr;
use crate::tui::keys::{self, Action, Context};
use crate::tui::layout::Scrolled;
use crate::tui::state::{Confirm, Message, Overlay};
use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Rect;

impl<'c> App<'c> {
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
    pub(super) fn arrived(&mut self, selected: usize) {
        self.selected = selected.min(self.choices().saturating_sub(1));
        self.card = 0;
        self.scroll = 0;
        self.overlay = Overlay::None;
        self.drafting = None;
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
