//! The message as it will be sent, its translation and the answers: scrolled, an
//! answer chosen to change, copied, saved, or opened in a mail program.

use super::{Drafting, Step};
use crate::compose::Message;
use crate::tr;
use crate::tui::app::{App, Effect};
use crate::tui::keys::Action;
use crate::tui::state::Message as Note;
use crate::wizard::Reach;

impl<'c> App<'c> {
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
