//! The languages reachout speaks: English, the source of every text, and those it is
//! translated into.

/// One language: its code (file names, `--lang`, sessions), its name in itself (what a
/// person looks for in a list) and in English (for authors).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    pub code: &'static str,
    pub name: &'static str,
    pub english: &'static str,
}

/// English first: the source language.
pub const LANGUAGES: [Language; 8] = [
    Language {
        code: "en",
        name: "English",
        english: "English",
    },
    Language {
        code: "ka",
        name: "ქართული",
        english: "Georgian",
    },
    Language {
        code: "bn",
        name: "বাংলা",
        english: "Bengali",
    },
    Language {
        code: "pl",
        name: "Polski",
        english: "Polish",
    },
    Language {
        code: "sk",
        name: "Slovenčina",
        english: "Slovak",
    },
    Language {
        code: "ro",
        name: "Română",
        english: "Romanian",
    },
    Language {
        code: "ru",
        name: "Русский",
        english: "Russian",
    },
    Language {
        code: "uk",
        name: "Українська",
        english: "Ukrainian",
    },
];

/// The language with this code, if reachout speaks it.
pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}
