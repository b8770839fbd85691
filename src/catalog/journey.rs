//! The journey through the catalog that every front end shares: a resume offer, the
//! picker, then the chosen platform's walk. Pure: no IO.

use super::Catalog;
use super::view::{Prompt, View};
use crate::engine::{EngineError, Walk};
use crate::i18n::Tr;
use crate::tr;
use crate::wizard::Wizard;
use std::borrow::Cow;

/// An unfinished session to offer before anything else, as an ordinary question:
/// "Continue your Instagram session from 2 hours ago (3 answers)" / "Start over", and,
/// when more sessions are saved, "See all saved sessions", which leads to a question
/// whose choices are the sessions. The caller reads the sessions and replays them; the
/// journey only offers them.
#[derive(Debug, Clone)]
pub struct ResumeOffer<'c> {
    /// The saved answers, replayed on the wizard as it is now.
    pub walk: Walk<'c>,
    /// Whether the platform was chosen on the picker, so back returns there.
    pub picker: bool,
    /// The first choice, e.g. "Continue your Instagram session from 2 hours ago (3 answers)".
    pub label: String,
    /// Shown under the question: the answers so far, and what changed in the wizard
    /// since, if anything did.
    pub help: Option<String>,
    /// Where "Start over" goes: this platform's first question, or the picker (`None`).
    pub start_over: Option<&'c Wizard>,
    /// Every saved session that can be opened, newest first (the offered one among
    /// them). Empty: the choice "See all saved sessions" is not offered.
    pub saved: Vec<SavedSession<'c>>,
}

/// One choice of the list of saved sessions.
#[derive(Debug, Clone)]
pub struct SavedSession<'c> {
    /// E.g. "Instagram, unfinished, saved 2 hours ago: No, I can't log in".
    pub label: String,
    /// Its answers, replayed on the wizard as it is now (up to its outcome if finished).
    pub walk: Walk<'c>,
    pub picker: bool,
    /// The language it continues in (the one it was saved in); `None`: the journey's.
    pub tr: Option<Tr>,
}

/// What became of a resume offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resumption {
    /// None was made (nothing to resume, or the journey began resumed or fresh).
    NotOffered,
    /// It is the question on screen now.
    Offered,
    Resumed,
    StartedOver,
}

/// Where a person is: on a resume offer, on the picker, or inside one platform's walk.
#[derive(Debug, Clone)]
pub struct Journey<'c> {
    catalog: &'c Catalog,
    /// Whether the picker was offered; if so, going back from a platform's first
    /// question returns to it.
    picker: bool,
    walk: Option<Walk<'c>>,
    offer: Option<&'c ResumeOffer<'c>>,
    resumption: Resumption,
    /// On the offer: the list of saved sessions is the question on screen.
    listing: bool,
    /// Resumed from the list of saved sessions: which one (an index of `offer.saved`).
    chosen: Option<usize>,
    /// The language the person reads: the picker's words and every wizard's.
    tr: Tr,
}

impl PartialEq for Journey<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.catalog, other.catalog)
            && self.tr == other.tr
            && self.picker == other.picker
            && self.walk == other.walk
            && self.resumption == other.resumption
            && self.listing == other.listing
            && self.chosen == other.chosen
            && match (self.offer, other.offer) {
                (Some(a), Some(b)) => std::ptr::eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
    }
}

impl<'c> Journey<'c> {
    /// Start at the picker (or straight in the only platform there is).
    pub fn new(catalog: &'c Catalog) -> Journey<'c> {
        match catalog.entries() {
            [only] => Journey::within(catalog, only.wizard()),
            _ => Journey {
                catalog,
                picker: true,
                walk: None,
                offer: None,
                resumption: Resumption::NotOffered,
                listing: false,
                chosen: None,
                tr: Tr::default(),
            },
        }
    }

    /// Start on a resume offer: its first choice continues the saved walk, the second
    /// starts over (at `offer.start_over`, or the picker).
    pub fn offering(catalog: &'c Catalog, offer: &'c ResumeOffer<'c>) -> Journey<'c> {
        Journey {
            offer: Some(offer),
            resumption: Resumption::Offered,
            ..Journey::fresh(catalog, offer.start_over)
        }
    }

    /// Start at a platform's first question, or at the picker.
    pub(crate) fn fresh(catalog: &'c Catalog, wizard: Option<&'c Wizard>) -> Journey<'c> {
        match wizard {
            Some(w) => Journey::within(catalog, w),
            None => Journey::new(catalog),
        }
    }

    /// Start inside one platform; the picker is not offered.
    pub fn within(catalog: &'c Catalog, wizard: &'c Wizard) -> Journey<'c> {
        Journey {
            catalog,
            picker: false,
            walk: Some(Walk::new(wizard)),
            offer: None,
            resumption: Resumption::NotOffered,
            listing: false,
            chosen: None,
            tr: Tr::default(),
        }
    }

    /// Continue a walk (a resumed session or a search result).
    pub fn resume(catalog: &'c Catalog, walk: Walk<'c>, picker: bool) -> Journey<'c> {
        Journey {
            catalog,
            picker: picker && catalog.len() > 1,
            walk: Some(walk),
            offer: None,
            resumption: Resumption::NotOffered,
            listing: false,
            chosen: None,
            tr: Tr::default(),
        }
    }

    /// The same journey, spoken in `tr`'s language.
    pub fn speaking(mut self, tr: Tr) -> Journey<'c> {
        self.set_language(tr);
        self
    }

    /// The language the person reads.
    pub fn tr(&self) -> Tr {
        self.tr
    }

    /// Switch language, keeping every answer and the place: the walk moves to the same
    /// place in the platform's wizard in that language (the trees are the same).
    pub fn set_language(&mut self, tr: Tr) {
        self.tr = tr;
        if let Some(walk) = &mut self.walk
            && let Some(entry) = self.catalog.entry(&walk.wizard().id)
        {
            *walk = Walk::from_steps(entry.wizard_in(tr.lang().code), walk.steps().to_vec());
        }
    }

    /// Whether a resume offer was made and what became of it.
    pub fn resumption(&self) -> Resumption {
        self.resumption
    }

    /// Resumed from the list of saved sessions: which of the offer's `saved` it was.
    /// `None` when the offer's first choice resumed (or nothing did).
    pub fn chosen_session(&self) -> Option<usize> {
        self.chosen
    }

    /// Whether the question on screen is about saved sessions (the resume offer or the
    /// list of them) rather than a step of a walk.
    pub fn on_offer(&self) -> bool {
        self.pending_offer().is_some()
    }

    pub fn catalog(&self) -> &'c Catalog {
        self.catalog
    }

    /// The platform's walk; `None` on the picker and on a resume offer.
    pub fn walk(&self) -> Option<&Walk<'c>> {
        match self.pending_offer() {
            Some(_) => None,
            None => self.walk.as_ref(),
        }
    }

    fn pending_offer(&self) -> Option<&'c ResumeOffer<'c>> {
        self.offer
            .filter(|_| self.resumption == Resumption::Offered)
    }

    pub fn offers_picker(&self) -> bool {
        self.picker
    }

    pub fn view(&self) -> View<'c> {
        let tr = self.tr;
        if let Some(offer) = self.pending_offer() {
            if self.listing {
                return View::Question(Prompt {
                    platform: None,
                    text: Cow::Owned(tr!(tr, "saved-question")),
                    help: Some(Cow::Owned(tr!(tr, "saved-help"))),
                    choices: (offer.saved.iter())
                        .map(|s| Cow::Borrowed(s.label.as_str()))
                        .collect(),
                });
            }
            let mut choices = vec![
                Cow::Borrowed(offer.label.as_str()),
                Cow::Owned(tr!(tr, "start-over")),
            ];
            if !offer.saved.is_empty() {
                choices.push(Cow::Owned(tr!(tr, "resume-see-all")));
            }
            return View::Question(Prompt {
                platform: None,
                text: Cow::Owned(tr!(tr, "resume-question")),
                help: offer.help.as_deref().map(Cow::Borrowed),
                choices,
            });
        }
        match &self.walk {
            None => View::Question(Prompt {
                platform: None,
                text: Cow::Owned(tr!(tr, "picker-question")),
                help: Some(Cow::Owned(tr!(tr, "picker-help"))),
                choices: (self.catalog.entries().iter())
                    .map(|e| Cow::Borrowed(e.title_in(tr.lang().code)))
                    .collect(),
            }),
            Some(walk) => match walk.question() {
                Some(q) => View::Question(Prompt::of(walk.wizard(), &walk.node().id, q)),
                None => View::Outcome(
                    walk.wizard(),
                    walk.outcome().expect("a node is a question or an outcome"),
                ),
            },
        }
    }

    /// Number of answers given, counting the platform choice.
    pub fn depth(&self) -> usize {
        if self.pending_offer().is_some() {
            return 0;
        }
        let picked = usize::from(self.picker && self.walk.is_some());
        picked + self.walk.as_ref().map_or(0, |w| w.steps().len())
    }

    /// Choose by 0-based index on the current question.
    pub fn choose(&mut self, choice: usize) -> Result<(), EngineError> {
        if let Some(offer) = self.pending_offer() {
            let (tr, catalog) = (self.tr, self.catalog);
            let resumed = |walk: &Walk<'c>, picker, tr| Journey {
                resumption: Resumption::Resumed,
                ..Journey::resume(catalog, walk.clone(), picker).speaking(tr)
            };
            if self.listing {
                let saved = offer.saved.get(choice).ok_or(EngineError::NoSuchChoice {
                    number: choice + 1,
                    count: offer.saved.len(),
                })?;
                *self = Journey {
                    chosen: Some(choice),
                    ..resumed(&saved.walk, saved.picker, saved.tr.unwrap_or(tr))
                };
                return Ok(());
            }
            match choice {
                0 => *self = resumed(&offer.walk, offer.picker, tr),
                1 => self.resumption = Resumption::StartedOver,
                2 if !offer.saved.is_empty() => self.listing = true,
                _ => {
                    return Err(EngineError::NoSuchChoice {
                        number: choice + 1,
                        count: if offer.saved.is_empty() { 2 } else { 3 },
                    });
                }
            }
            return Ok(());
        }
        match &mut self.walk {
            None => {
                let entry =
                    self.catalog
                        .entries()
                        .get(choice)
                        .ok_or(EngineError::NoSuchChoice {
                            number: choice + 1,
                            count: self.catalog.len(),
                        })?;
                self.walk = Some(Walk::new(entry.wizard_in(self.tr.lang().code)));
                Ok(())
            }
            Some(walk) => walk.choose(choice),
        }
    }

    /// The answer [`back`](Self::back) would take back, as the index of its choice on
    /// the question it returns to (what a front end highlights there): the last answer,
    /// or, from a platform's first question, that platform on the picker.
    pub fn choice_taken_back(&self) -> Option<usize> {
        if self.pending_offer().is_some() {
            // "See all saved sessions", from the list of them
            return self.listing.then_some(2);
        }
        let walk = self.walk.as_ref()?;
        match walk.steps().last() {
            Some(step) => Some(step.choice),
            None => self
                .catalog
                .entries()
                .iter()
                .position(|e| e.id() == walk.wizard().id),
        }
    }

    /// One step back. `false` when already at the very first question.
    pub fn back(&mut self) -> bool {
        if self.pending_offer().is_some() {
            // from the list of saved sessions to the offer; nothing before the offer
            return std::mem::replace(&mut self.listing, false);
        }
        match &mut self.walk {
            Some(walk) if !walk.steps().is_empty() => walk.back(),
            Some(_) if self.picker => {
                self.walk = None;
                true
            }
            _ => false,
        }
    }

    /// Drop every answer: back to the picker if it was offered, else the first question.
    /// On a resume offer (or its list of saved sessions) it means what it says: the
    /// same as choosing "Start over".
    pub fn restart(&mut self) {
        if self.pending_offer().is_some() {
            self.resumption = Resumption::StartedOver;
            self.listing = false;
            return;
        }
        if self.picker {
            self.walk = None;
        } else if let Some(walk) = &mut self.walk {
            walk.restart();
        }
    }

    pub fn is_finished(&self) -> bool {
        self.walk().is_some_and(Walk::is_finished)
    }
}

#[cfg(test)]
mod tests;
