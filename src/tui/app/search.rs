//! Search: the index built when it is first opened, the query typed, and the jump to a
//! hit by the fewest answers.

use super::{App, Effect};
use crate::catalog::Journey;
use crate::engine::Walk;
use crate::search::Index;
use crate::tui::keys::Action;
use crate::tui::state::{Overlay, Search};

impl<'c> App<'c> {
    pub(super) fn open_search(&mut self) {
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

    pub(super) fn refresh_search(&mut self) {
        let (Some(index), Overlay::Search(s)) = (&self.index, &mut self.overlay) else {
            return;
        };
        let found = index.find(&s.query);
        (s.hits, s.partial) = (found.hits, found.partial);
        s.selected = 0;
    }

    pub(super) fn on_search(&mut self, action: Action) -> Option<Effect> {
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
    pub(super) fn jump(&mut self) -> Option<Effect> {
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
}
