//! All loaded wizards, and the journey through them that every front end shares: first
//! "Which app or site do you need help with?" (built from the wizards' titles), then the
//! chosen platform's walk. Pure: no IO.

use crate::engine::{EngineError, Walk};
use crate::i18n::{LANGUAGES, Tr};
use crate::tr;
use crate::translate::{self, Translated};
use crate::validate::Limits;
use crate::wizard::{Outcome, Question, Wizard};
use std::borrow::Cow;
use std::sync::OnceLock;

#[derive(Debug)]
pub struct Catalog {
    entries: Vec<Entry>,
}

/// One platform: its id, title and keywords in every language, known at once, and its
/// wizard in each language, which for a built-in platform is read when first needed
/// (the first screen needs only titles).
#[derive(Debug)]
pub struct Entry {
    id: String,
    /// Title and keywords per language, in the order of [`LANGUAGES`]; English first.
    titles: Vec<String>,
    keywords: Vec<Vec<String>>,
    english: OnceLock<Wizard>,
    /// Per language (English's slot unused): the translation, or `None` if it has none.
    translated: Vec<OnceLock<Option<Translated>>>,
    built_in: Option<&'static BuiltIn>,
}

/// A wizard built into the binary, checked by build.rs with the same code that reads it
/// here, so reading it cannot fail.
#[derive(Debug)]
pub struct BuiltIn {
    /// The file name in `wizards/`.
    pub name: &'static str,
    pub id: &'static str,
    pub title: &'static str,
    pub keywords: &'static [&'static str],
    pub text: &'static str,
    /// [`content_hash`](crate::wizard::content_hash) of `text`.
    pub content_hash: u64,
    /// Its translations (`wizards/<language>/<name>`), each with the title and keywords
    /// it gives the platform.
    pub translations: &'static [BuiltInTranslation],
}

/// A translation of a built-in wizard, checked by build.rs.
#[derive(Debug)]
pub struct BuiltInTranslation {
    pub language: &'static str,
    pub title: &'static str,
    pub keywords: &'static [&'static str],
    pub text: &'static str,
}

impl Entry {
    /// A wizard read from a file, with the translations read beside it.
    pub fn loaded(english: Wizard, translations: Vec<Translated>) -> Entry {
        let mut entry = Entry {
            id: english.id.clone(),
            titles: vec![english.title.clone(); LANGUAGES.len()],
            keywords: vec![english.keywords.clone(); LANGUAGES.len()],
            english: OnceLock::from(english),
            translated: (0..LANGUAGES.len()).map(|_| OnceLock::from(None)).collect(),
            built_in: None,
        };
        for t in translations {
            let Some(i) = index_of(&t.wizard.language) else {
                continue;
            };
            entry.titles[i] = t.wizard.title.clone();
            entry.keywords[i] = t.wizard.keywords.clone();
            entry.translated[i] = OnceLock::from(Some(t));
        }
        entry
    }

    /// A built-in wizard, to be read when first needed.
    pub fn built_in(b: &'static BuiltIn) -> Entry {
        let strings = |list: &[&str]| list.iter().map(|k| k.to_string()).collect::<Vec<_>>();
        let mut titles = vec![b.title.to_string(); LANGUAGES.len()];
        let mut keywords = vec![strings(b.keywords); LANGUAGES.len()];
        for t in b.translations {
            if let Some(i) = index_of(t.language) {
                titles[i] = t.title.to_string();
                keywords[i] = strings(t.keywords);
            }
        }
        Entry {
            id: b.id.to_string(),
            titles,
            keywords,
            english: OnceLock::new(),
            translated: (0..LANGUAGES.len()).map(|_| OnceLock::new()).collect(),
            built_in: Some(b),
        }
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// The platform's name in English.
    pub fn title(&self) -> &str {
        &self.titles[0]
    }

    /// Other names people type for it, in English.
    pub fn keywords(&self) -> &[String] {
        &self.keywords[0]
    }

    /// The platform's name in `lang` (English where it has no translation).
    pub fn title_in(&self, lang: &str) -> &str {
        &self.titles[index_of(lang).unwrap_or(0)]
    }

    /// Does `query` name this platform (id, or title or keyword in any language, any
    /// case)?
    pub fn answers_to(&self, query: &str) -> bool {
        (0..LANGUAGES.len())
            .any(|i| crate::wizard::answers_to(&self.id, &self.titles[i], &self.keywords[i], query))
    }

    /// Whether the English wizard has been read (for tests of the start-up shortcut).
    pub fn is_read(&self) -> bool {
        self.english.get().is_some()
    }

    /// The wizard in English, read now if it has not been yet.
    pub fn wizard(&self) -> &Wizard {
        self.english.get_or_init(|| {
            let b = self
                .built_in
                .expect("an entry without a wizard is built in");
            let origin = format!("embedded:{}", b.name);
            crate::load::load(&origin, b.text.as_bytes(), &Limits::default())
                .unwrap_or_else(|_| unreachable!("build.rs checked {} with this code", b.name))
        })
    }

    /// The wizard in `lang`: its translation where there is one (texts it lacks are in
    /// English), else the English wizard.
    pub fn wizard_in(&self, lang: &str) -> &Wizard {
        self.translation(lang)
            .map_or_else(|| self.wizard(), |t| &t.wizard)
    }

    /// The translation into `lang`, read now if it has not been yet; `None` for English
    /// and where there is none.
    pub fn translation(&self, lang: &str) -> Option<&Translated> {
        let i = index_of(lang).filter(|&i| i > 0)?;
        self.translated[i]
            .get_or_init(|| {
                let b = self.built_in?;
                let t = b.translations.iter().find(|t| t.language == lang)?;
                let name = format!("embedded:{lang}/{}", b.name);
                let read = translate::load(
                    &name,
                    t.text.as_bytes(),
                    self.wizard(),
                    lang,
                    &Limits::default(),
                );
                Some(
                    read.unwrap_or_else(|_| unreachable!("build.rs checked {name} with this code")),
                )
            })
            .as_ref()
    }
}

/// Where `code` stands in [`LANGUAGES`].
fn index_of(code: &str) -> Option<usize> {
    LANGUAGES.iter().position(|l| l.code == code)
}

impl Catalog {
    /// Wizards are offered in title order, so adding a file never reshuffles by accident.
    pub fn new(wizards: Vec<Wizard>) -> Catalog {
        Catalog::of(
            wizards
                .into_iter()
                .map(|w| Entry::loaded(w, Vec::new()))
                .collect(),
        )
    }

    /// A catalog of entries, some perhaps deferred.
    pub fn of(mut entries: Vec<Entry>) -> Catalog {
        entries.sort_by_cached_key(|e| e.title().to_lowercase());
        Catalog { entries }
    }

    /// The platforms, in the order the picker offers them.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every wizard, reading those not read yet (for search and the authoring commands).
    pub fn wizards(&self) -> impl ExactSizeIterator<Item = &Wizard> {
        self.entries.iter().map(Entry::wizard)
    }

    pub fn get(&self, id: &str) -> Option<&Wizard> {
        self.entry(id).map(Entry::wizard)
    }

    /// The platform with this id, without reading its wizard (titles, "is it still
    /// here?" questions at start-up).
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// By id, title or keyword, ignoring case ("insta", "VK", "ok.ru").
    pub fn find(&self, query: &str) -> Option<&Wizard> {
        self.get(query).or_else(|| {
            self.entries
                .iter()
                .find(|e| e.answers_to(query))
                .map(Entry::wizard)
        })
    }

    /// Every name a user may type for a platform, for "did you mean" lists.
    pub fn names(&self) -> String {
        self.entries
            .iter()
            .map(|e| e.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// What to show now: a question (the picker or a wizard's) or an outcome.
#[derive(Debug, Clone)]
pub enum View<'c> {
    Question(Prompt<'c>),
    Outcome(&'c Wizard, &'c Outcome),
}

/// A question ready to show, whether it is the picker or a wizard's own.
#[derive(Debug, Clone)]
pub struct Prompt<'c> {
    /// The platform title, or `None` on the picker.
    pub platform: Option<&'c str>,
    pub text: Cow<'c, str>,
    pub help: Option<Cow<'c, str>>,
    pub choices: Vec<Cow<'c, str>>,
}

impl<'c> Prompt<'c> {
    fn of(platform: &'c Wizard, node: &str, q: &'c Question) -> Prompt<'c> {
        // a text shown in English for want of a translation says so
        let mark = |key: &str, text: &'c str| -> Cow<'c, str> {
            if platform.untranslated(node, key) {
                Cow::Owned(format!("{UNTRANSLATED} {text}"))
            } else {
                Cow::Borrowed(text)
            }
        };
        Prompt {
            platform: Some(&platform.title),
            text: mark("text", &q.text),
            help: q.help.as_deref().map(|h| mark("help", h)),
            choices: (q.choices.iter())
                .map(|c| mark(&format!("choices.{}", c.id), &c.label))
                .collect(),
        }
    }
}

/// Put before a text shown in English because its translation is missing or out of
/// date (the help explains it).
pub const UNTRANSLATED: &str = "[EN]";

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
mod tests {
    use super::*;
    use crate::load::load;
    use crate::validate::Limits;

    fn wizard(id: &str, title: &str) -> Wizard {
        let text = format!(
            r#"Wizard(id: "{id}", title: "{title}", keywords: ["k{id}"], official_domains: ["example.com"], start: "q",
               nodes: {{
                 "q": Question(text: "Q?", choices: [(id: "a", label: "A", next: "o"), (id: "b", label: "B", next: "o")]),
                 "o": Outcome(title: "O", action: "Do it.", channels: [Web(label: "Site", url: "https://example.com",
                      source: Official(title: "test", url: "https://example.com/help"), checked: "2026-11")]),
               }})"#
        );
        load("t.ron", text.as_bytes(), &Limits::default()).unwrap()
    }

    #[test]
    fn picker_lists_titles_in_order_and_back_returns_to_it() {
        let catalog = Catalog::new(vec![wizard("zz", "Zulu"), wizard("aa", "Alpha")]);
        let mut j = Journey::new(&catalog);
        let View::Question(p) = j.view() else {
            panic!()
        };
        assert_eq!(p.text, Tr::default().s("picker-question"));
        assert_eq!(p.choices, vec!["Alpha", "Zulu"]);
        j.choose(1).unwrap();
        assert_eq!(j.walk().unwrap().wizard().id, "zz");
        assert_eq!(j.depth(), 1);
        j.choose(0).unwrap();
        assert!(j.is_finished());
        assert!(j.back());
        assert!(j.back());
        assert!(j.walk().is_none());
        assert!(!j.back());
    }

    #[test]
    fn a_platform_given_up_front_has_no_picker_to_go_back_to() {
        let catalog = Catalog::new(vec![wizard("zz", "Zulu"), wizard("aa", "Alpha")]);
        let mut j = Journey::within(&catalog, catalog.find("KZZ").unwrap());
        assert!(!j.back());
        j.choose(0).unwrap();
        j.restart();
        assert_eq!(j.depth(), 0);
        assert!(j.walk().is_some());
    }

    fn offer<'c>(
        catalog: &'c Catalog,
        picker: bool,
        start_over: Option<&'c Wizard>,
    ) -> ResumeOffer<'c> {
        let mut walk = Walk::new(catalog.get("zz").unwrap());
        walk.choose(1).unwrap();
        ResumeOffer {
            walk,
            picker,
            label: "Continue your Zulu session from 2 hours ago (2 answers)".into(),
            help: Some("The Zulu guide was updated; your first answer still applies.".into()),
            start_over,
            saved: Vec::new(),
        }
    }

    #[test]
    fn a_resume_offer_is_an_ordinary_question_before_everything() {
        let catalog = Catalog::new(vec![wizard("zz", "Zulu"), wizard("aa", "Alpha")]);
        let offer = offer(&catalog, true, None);
        let mut j = Journey::offering(&catalog, &offer);
        let View::Question(p) = j.view() else {
            panic!()
        };
        assert_eq!(p.platform, None);
        assert_eq!(p.text, Tr::default().s("resume-question"));
        assert_eq!(p.help.as_deref(), offer.help.as_deref());
        assert_eq!(
            p.choices,
            vec![offer.label.clone(), Tr::default().s("start-over")]
        );
        assert_eq!(j.resumption(), Resumption::Offered);
        assert_eq!(j.depth(), 0);
        assert!(j.walk().is_none());
        assert!(!j.is_finished());
        // nothing before it, only two choices
        assert!(!j.back());
        assert_eq!(
            j.choose(2),
            Err(EngineError::NoSuchChoice {
                number: 3,
                count: 2
            })
        );

        j.choose(0).unwrap();
        assert_eq!(j.resumption(), Resumption::Resumed);
        assert!(j.is_finished());
        assert_eq!(j.walk(), Some(&offer.walk));
        assert_eq!(j.depth(), 2, "the platform choice and one answer");
        // back goes through the saved answers to the picker, never to the offer
        assert!(j.back());
        assert!(j.back());
        assert!(j.walk().is_none());
        let View::Question(p) = j.view() else {
            panic!()
        };
        assert_eq!(p.text, Tr::default().s("picker-question"));
        assert!(!j.back());
        assert_eq!(j.resumption(), Resumption::Resumed);
    }

    #[test]
    fn starting_over_from_an_offer_goes_to_the_picker_or_the_given_platform() {
        let catalog = Catalog::new(vec![wizard("zz", "Zulu"), wizard("aa", "Alpha")]);
        let to_picker = offer(&catalog, true, None);
        let mut j = Journey::offering(&catalog, &to_picker);
        j.choose(1).unwrap();
        assert_eq!(j.resumption(), Resumption::StartedOver);
        assert_eq!(j.depth(), 0);
        let View::Question(p) = j.view() else {
            panic!()
        };
        assert_eq!(p.text, Tr::default().s("picker-question"));
        assert!(!j.back(), "the offer is not a step to go back to");

        // restart on the offer is "Start over"
        let mut k = Journey::offering(&catalog, &to_picker);
        k.restart();
        assert_eq!(k, j);

        let alpha = catalog.get("aa").unwrap();
        let to_alpha = offer(&catalog, false, Some(alpha));
        let mut j = Journey::offering(&catalog, &to_alpha);
        j.choose(1).unwrap();
        assert_eq!(j.walk().unwrap().wizard().id, "aa");
        assert!(!j.offers_picker());
        assert_eq!(j, {
            let mut k = Journey::within(&catalog, alpha);
            k.resumption = Resumption::StartedOver;
            k.offer = Some(&to_alpha);
            k
        });
    }

    #[test]
    fn all_saved_sessions_are_one_question_away_and_each_opens_in_its_language() {
        let catalog = Catalog::new(vec![wizard("zz", "Zulu"), wizard("aa", "Alpha")]);
        let mut offer = offer(&catalog, true, None);
        let mut finished = Walk::new(catalog.get("aa").unwrap());
        finished.choose(0).unwrap();
        let pl = Tr::code("pl");
        offer.saved = vec![
            SavedSession {
                label: "Zulu, unfinished".into(),
                walk: offer.walk.clone(),
                picker: true,
                tr: None,
            },
            SavedSession {
                label: "Alpha, finished".into(),
                walk: finished.clone(),
                picker: true,
                tr: Some(pl),
            },
        ];
        let mut j = Journey::offering(&catalog, &offer);
        assert!(j.on_offer());
        let View::Question(p) = j.view() else {
            panic!()
        };
        assert_eq!(p.choices.len(), 3);
        assert_eq!(p.choices[2], Tr::default().s("resume-see-all"));
        j.choose(2).unwrap();
        assert_eq!(j.resumption(), Resumption::Offered);
        assert_eq!(j.depth(), 0);
        let View::Question(p) = j.view() else {
            panic!()
        };
        assert_eq!(p.text, Tr::default().s("saved-question"));
        assert_eq!(p.choices, vec!["Zulu, unfinished", "Alpha, finished"]);
        // back returns to the offer, on its third choice; nothing before the offer
        assert_eq!(j.choice_taken_back(), Some(2));
        let listing = j.clone();
        assert!(j.back());
        let View::Question(p) = j.view() else {
            panic!()
        };
        assert_eq!(p.text, Tr::default().s("resume-question"));
        assert_eq!(j.choice_taken_back(), None);
        assert!(!j.back());
        let mut j = listing;
        assert_eq!(
            j.choose(2),
            Err(EngineError::NoSuchChoice {
                number: 3,
                count: 2
            })
        );
        // the finished one: its outcome, in the language it was saved in
        j.choose(1).unwrap();
        assert!(!j.on_offer());
        assert_eq!(j.resumption(), Resumption::Resumed);
        assert_eq!(j.chosen_session(), Some(1));
        assert!(j.is_finished());
        assert_eq!(j.tr(), pl);
        assert_eq!(j.walk().unwrap().steps(), finished.steps());
        // restart on the list is "Start over", as on the offer
        let mut k = Journey::offering(&catalog, &offer);
        k.choose(2).unwrap();
        k.restart();
        assert_eq!(k.resumption(), Resumption::StartedOver);
        assert!(!k.on_offer());
    }

    #[test]
    fn a_resumed_walk_without_the_picker_stays_in_its_platform() {
        let catalog = Catalog::new(vec![wizard("zz", "Zulu"), wizard("aa", "Alpha")]);
        let offer = offer(&catalog, false, None);
        let mut j = Journey::offering(&catalog, &offer);
        j.choose(0).unwrap();
        assert_eq!(j.depth(), 1);
        assert!(j.back());
        assert!(!j.back());
        assert_eq!(j.walk().unwrap().wizard().id, "zz");
    }
}
