//! All loaded wizards, and the journey through them that every front end shares: first
//! "Which app or site do you need help with?" (built from the wizards' titles), then the
//! chosen platform's walk. Pure: no IO.

use crate::i18n::LANGUAGES;
use crate::translate::{self, Translated};
use crate::validate::Limits;
use crate::wizard::Wizard;
use std::sync::OnceLock;

mod journey;
mod view;
pub use journey::{Journey, ResumeOffer, Resumption, SavedSession};
pub use view::{Prompt, UNTRANSLATED, View};

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
    /// Where the file is in the blob of deflated files: [`unpack`] it.
    pub packed: std::ops::Range<usize>,
    /// [`content_hash`](crate::wizard::content_hash) of the file.
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
    /// Where the file is in the blob of deflated files: [`unpack`] it.
    pub packed: std::ops::Range<usize>,
}

/// The bytes of a built-in file. build.rs deflated them with the same crate, so they
/// cannot be damaged in a built binary.
pub fn unpack(packed: &std::ops::Range<usize>) -> Vec<u8> {
    miniz_oxide::inflate::decompress_to_vec(&crate::store::PACKED[packed.clone()])
        .unwrap_or_else(|e| unreachable!("build.rs deflated this file: {e}"))
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
            crate::load::load(&origin, &unpack(&b.packed), &Limits::default())
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
                    &unpack(&t.packed),
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
