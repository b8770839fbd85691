//! The outcome: going through its channel cards, scrolling it as the last frame laid
//! it out, and what a card does (copy, open, write its message, save the outcome).

use super::{App, Effect};
use crate::catalog::View;
use crate::report;
use crate::text::{clean, clean_line};
use crate::tr;
use crate::tui::keys::Action;
use crate::tui::layout::Document;
use crate::tui::state::{Message, Overlay};

impl<'c> App<'c> {
    pub(super) fn on_outcome(&mut self, action: Action) -> Option<Effect> {
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

    pub(super) fn scroll_by(&mut self, rows: isize) {
        self.scroll = self.scroll.saturating_add_signed(rows);
        self.clamp_scroll();
    }

    /// Keep the scroll offsets within what the last frame showed. (A screen that was
    /// not laid out, as when the terminal was too small, keeps its place.)
    pub(super) fn clamp_scroll(&mut self) {
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
}
