//! Translations of a wizard: one file per language beside the English tree
//! (`wizards/ka/instagram.ron`), keyed by the tree's stable ids, each entry keeping a
//! hash of the English text it translates, so a changed English text shows as stale.
//!
//! ```ron
//! Translation(
//!     wizard: "instagram",
//!     language: "ka",
//!     translator: "Machine translation, not reviewed",
//!     reviewer: None,
//!     strings: {
//!         // Can you still log in to your Instagram account?
//!         "can_log_in.text": ("შეგიძლიათ ისევ შეხვიდეთ თქვენს Instagram ანგარიშზე?", "3f2a91c0"),
//!     },
//! )
//! ```
//!
//! Links, e-mail addresses, phone numbers and postal addresses are never translated:
//! they are not keys at all, and a translated text may name only the addresses its
//! English text names. A missing or stale entry falls back to the English text, and the
//! wizard remembers which keys did, so a front end can mark them.

use crate::diag::Diagnostic;
use crate::load::{decode, locate_all, ron_error};
use crate::locate::Seg::{self, Field, Index, Key, Value};
use crate::model::{FieldKind, Reach};
use crate::text::{is_forbidden, quote, suggest};
use crate::validate::{Limits, Problem, values};
use crate::wizard::{NodeKind, Wizard};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

/// A translation file as written.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename = "Translation", deny_unknown_fields)]
pub struct TranslationDef {
    pub wizard: String,
    pub language: String,
    /// Who translated it (a person, or "Machine translation").
    pub translator: String,
    /// The native speaker who reviewed it, if one has.
    #[serde(default)]
    pub reviewer: Option<String>,
    /// Key → (text, hash of the English text it translates), in file order.
    #[serde(deserialize_with = "crate::model::entries")]
    pub strings: Vec<(String, (String, String))>,
}

/// The hash a translation keeps of the English text it translates: the first 32 bits of
/// its content hash, as 8 hex digits.
pub fn source_hash(english: &str) -> String {
    format!("{:08x}", crate::wizard::content_hash(english) >> 32)
}

/// Every translatable text of a wizard in file order, with its key. Keywords (a list of
/// search words) are one text, joined by ", ".
pub fn texts(w: &Wizard) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut w = w.clone();
    visit(&mut w, |key, text| {
        out.push((key.to_string(), text.clone()))
    });
    out
}

/// Call `f` with the key and text of every translatable text, in file order.
fn visit(w: &mut Wizard, mut f: impl FnMut(&str, &mut String)) {
    f("title", &mut w.title);
    let mut keywords = w.keywords.join(", ");
    if !keywords.is_empty() {
        f("keywords", &mut keywords);
        w.keywords = split_list(&keywords);
    }
    for node in &mut w.nodes {
        let n = &node.id;
        match &mut node.kind {
            NodeKind::Question(q) => {
                f(&format!("{n}.text"), &mut q.text);
                if let Some(h) = &mut q.help {
                    f(&format!("{n}.help"), h);
                }
                for c in &mut q.choices {
                    f(&format!("{n}.choices.{}", c.id), &mut c.label);
                }
            }
            NodeKind::Outcome(o) => {
                f(&format!("{n}.title"), &mut o.title);
                if let Some(warning) = &mut o.warning {
                    f(&format!("{n}.warning"), warning);
                }
                f(&format!("{n}.action"), &mut o.action);
                for (i, p) in o.prepare.iter_mut().enumerate() {
                    f(&format!("{n}.prepare.{i}"), p);
                }
                for (i, ch) in o.channels.iter_mut().enumerate() {
                    let c = format!("{n}.channels.{i}");
                    f(&format!("{c}.label"), &mut ch.label);
                    if let Reach::InApp { steps } = &mut ch.reach {
                        for (j, s) in steps.iter_mut().enumerate() {
                            f(&format!("{c}.steps.{j}"), s);
                        }
                    }
                    if let Some(note) = &mut ch.note {
                        f(&format!("{c}.note"), note);
                    }
                    if let Some(d) = &mut ch.draft {
                        if let Some(subject) = &mut d.subject {
                            f(&format!("{c}.draft.subject"), subject);
                        }
                        f(&format!("{c}.draft.body"), &mut d.body);
                        for field in &mut d.fields {
                            let k = format!("{c}.draft.fields.{}", field.id);
                            f(&format!("{k}.ask"), &mut field.ask);
                            if let Some(h) = &mut field.help {
                                f(&format!("{k}.help"), h);
                            }
                            if let FieldKind::Choice(options) = &mut field.kind {
                                for o in options {
                                    f(&format!("{k}.options.{}", o.id), &mut o.label);
                                }
                            }
                        }
                    }
                }
                for (i, e) in o.expect.iter_mut().enumerate() {
                    f(&format!("{n}.expect.{i}"), e);
                }
                if !o.keywords.is_empty() {
                    let mut list = o.keywords.join(", ");
                    f(&format!("{n}.keywords"), &mut list);
                    o.keywords = split_list(&list);
                }
            }
        }
    }
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(str::to_string)
        .collect()
}

/// A wizard in another language, and how complete its translation is.
#[derive(Debug, Clone)]
pub struct Translated {
    pub wizard: Wizard,
    /// The file as written: who translated it, who reviewed it, every entry.
    pub def: TranslationDef,
    /// Keys with no translation (or an empty one): shown in English.
    pub missing: Vec<String>,
    /// Keys whose English text changed since they were translated: shown in English.
    pub stale: Vec<String>,
    /// Entries for texts the wizard no longer has (their English was deleted): ignored
    /// when the wizard runs, so a deletion never stops it, but errors for `check` (and
    /// `reachout translate` leaves them out of the file it prints).
    pub unknown: Vec<Diagnostic>,
}

/// Read a translation file of `english` (the wizard it translates) as the language
/// `language` (the directory it is in): the translated wizard with what is missing and
/// stale, or every problem at its line and column. Missing and stale entries are not
/// problems: they fall back to English.
pub fn load(
    name: &str,
    bytes: &[u8],
    english: &Wizard,
    language: &str,
    limits: &Limits,
) -> Result<Translated, Vec<Diagnostic>> {
    let text = decode(name, bytes, limits).map_err(|d| vec![d])?;
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(limits.max_depth);
    let def: TranslationDef = options
        .from_str(text)
        .map_err(|e| vec![ron_error(name, text, &e, limits)])?;
    let (mut t, unknown) =
        apply(english, language, def).map_err(|problems| locate_all(name, text, problems))?;
    t.unknown = locate_all(name, text, unknown);
    Ok(t)
}

/// Check `def` against `english` and build the translated wizard; with it, the entries
/// for texts the wizard no longer has (as problems, for `check`).
pub fn apply(
    english: &Wizard,
    language: &str,
    def: TranslationDef,
) -> Result<(Translated, Vec<Problem>), Vec<Problem>> {
    let mut problems = Vec::new();
    let mut unknown = Vec::new();
    let mut report = |path: Vec<Seg>, message: String, help: Option<String>| {
        if problems.len() < crate::validate::MAX_PROBLEMS {
            problems.push(Problem {
                path,
                message,
                help,
                related: None,
            });
        }
    };
    if def.wizard != english.id {
        report(
            vec![Field("wizard")],
            format!(
                "this file translates {}, but sits beside {}",
                quote(&def.wizard),
                quote(&english.id)
            ),
            Some(format!(
                "name the wizard it translates: wizard: \"{}\"",
                english.id
            )),
        );
    }
    if def.language != language {
        report(
            vec![Field("language")],
            format!(
                "this file says it is in {}, but it is in the {} folder",
                quote(&def.language),
                quote(language)
            ),
            Some(format!("write language: \"{language}\", or move the file")),
        );
    }
    let sources: HashMap<String, String> = texts(english).into_iter().collect();
    let mut given: HashMap<String, (String, String)> = HashMap::new();
    for (i, (key, (text, hash))) in def.strings.iter().enumerate() {
        let Some(en) = sources.get(key) else {
            let hint = suggest(key, sources.keys().map(String::as_str));
            unknown.push(Problem {
                path: vec![Field("strings"), Key(i)],
                message: format!("{} is not a text of the {} wizard", quote(key), english.id),
                help: Some(match hint {
                    Some(h) => format!(
                        "did you mean {}? (or remove it: its text was deleted; `reachout translate` prints the file without it)",
                        quote(h)
                    ),
                    None => "remove it: the text it translated no longer exists (`reachout translate` prints the file without it)".into(),
                }),
                related: None,
            });
            continue;
        };
        if given
            .insert(key.clone(), (text.clone(), hash.clone()))
            .is_some()
        {
            report(
                vec![Field("strings"), Key(i)],
                format!("{} is translated twice", quote(key)),
                Some("keep one of them".into()),
            );
        }
        let at = vec![Field("strings"), Value(i), Index(0)];
        if let Some(c) = text
            .chars()
            .find(|&c| is_forbidden(c) || (c == '\n' && !en.contains('\n')))
        {
            let what = if c == '\n' {
                "a line break where the English has none".to_string()
            } else {
                format!("the hidden control character U+{:04X}", c as u32)
            };
            report(
                at.clone(),
                format!("the translation of {} has {what}", quote(key)),
                Some("delete it; retype the text if you cannot see it".into()),
            );
        }
        if text.is_empty() {
            continue;
        }
        let en_addresses: HashSet<String> = values::addresses(en).map(str::to_lowercase).collect();
        for address in values::addresses(text) {
            if !en_addresses.contains(&address.to_lowercase()) {
                report(
                    at.clone(),
                    format!("the translation of {} names {}, which its English text does not", quote(key), quote(address)),
                    Some("links and addresses are never translated: copy them exactly as the English text writes them".into()),
                );
            }
        }
        for number in digit_runs(en) {
            if !digit_runs(text).any(|n| n == number) {
                report(
                    at.clone(),
                    format!("the translation of {} lacks the number {number} of its English text", quote(key)),
                    Some("numbers are never translated: keep them as the English text writes them, in the same digits".into()),
                );
            }
        }
        if key.ends_with(".draft.subject") || key.ends_with(".draft.body") {
            let (ours, theirs) = (
                crate::draft::placeholders(text),
                crate::draft::placeholders(en),
            );
            if ours.clone().map(sorted) != theirs.clone().map(sorted) {
                report(
                    at.clone(),
                    format!(
                        "the translation of {} has other placeholders than its English text",
                        quote(key)
                    ),
                    Some(format!(
                        "use exactly these: {}",
                        theirs
                            .unwrap_or_default()
                            .iter()
                            .map(|p| format!("{{{p}}}"))
                            .collect::<Vec<_>>()
                            .join(" ")
                    )),
                );
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let (mut missing, mut stale) = (Vec::new(), Vec::new());
    let mut wizard = english.clone();
    visit(&mut wizard, |key, text| match given.get(key) {
        Some((t, hash)) if !t.is_empty() && *hash == source_hash(text) => *text = t.clone(),
        Some((t, _)) if !t.is_empty() => stale.push(key.to_string()),
        _ => missing.push(key.to_string()),
    });
    wizard.language = language.to_string();
    wizard.untranslated = missing.iter().chain(&stale).cloned().collect();
    Ok((
        Translated {
            wizard,
            def,
            missing,
            stale,
            unknown: Vec::new(),
        },
        unknown,
    ))
}

fn sorted(mut v: Vec<&str>) -> Vec<&str> {
    v.sort_unstable();
    v
}

/// Runs of three or more ASCII digits: numbers a translation must keep as they are.
fn digit_runs(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|r| r.len() >= 3)
}

/// A translation file for `english` in `language`, to fill in: every key with its
/// English text above it as a comment, the translation from `existing` where there is
/// one, and the hash of the English text. An entry still to translate is `""`; one
/// whose English text changed keeps its old translation and hash, and says so.
pub fn template(english: &Wizard, language: &str, existing: Option<&TranslationDef>) -> String {
    let old: HashMap<&str, &(String, String)> = existing
        .map(|d| d.strings.iter().map(|(k, v)| (k.as_str(), v)).collect())
        .unwrap_or_default();
    let (translator, reviewer) = existing.map_or(("", None), |d| {
        (d.translator.as_str(), d.reviewer.as_deref())
    });
    let mut out = format!(
        "Translation(\n    wizard: {:?},\n    language: {language:?},\n    translator: {translator:?},\n    reviewer: {},\n    strings: {{\n",
        english.id,
        reviewer.map_or("None".to_string(), |r| format!("Some({r:?})")),
    );
    for (key, en) in texts(english) {
        let hash = source_hash(&en);
        for line in en.lines() {
            out.push_str(&format!("        // {line}\n"));
        }
        let (text, kept) = match old.get(key.as_str()) {
            Some((t, h)) if *h != hash && !t.is_empty() => {
                out.push_str(&format!("        // CHANGED: the English above is new; check the translation, then set the hash to {hash:?}\n"));
                (t.as_str(), h.as_str())
            }
            Some((t, _)) => (t.as_str(), hash.as_str()),
            None => ("", hash.as_str()),
        };
        out.push_str(&format!("        {key:?}: ({text:?}, {kept:?}),\n"));
    }
    out.push_str("    },\n)\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIZARD: &str = r#"Wizard(id: "t", title: "Example", keywords: ["ex"], official_domains: ["example.com"], start: "q",
        nodes: {
            "q": Question(text: "Can you log in?", choices: [(id: "yes", label: "Yes, I can", next: "o"), (id: "no", label: "No, I can't", next: "o")]),
            "o": Outcome(title: "Call us", action: "Go to example.com/help or call 112.", channels: [
                Email(label: "Support", address: "help@example.com", source: Official(title: "Contact", url: "https://example.com/c"), checked: "2026-12",
                      draft: Draft(language: "en", subject: "Help for {name}", body: "I am {name}.", fields: [(id: "name", ask: "Your name?", kind: Text)])),
            ]),
        })"#;

    fn english() -> Wizard {
        crate::load::load("t.ron", WIZARD.as_bytes(), &Limits::default()).unwrap()
    }

    fn file(entries: &[(&str, &str, Option<&str>)]) -> String {
        let en: HashMap<String, String> = texts(&english()).into_iter().collect();
        let strings: String = entries
            .iter()
            .map(|(k, t, h)| {
                let hash = h.map_or_else(
                    || source_hash(en.get(*k).map_or("", String::as_str)),
                    str::to_string,
                );
                format!("{k:?}: ({t:?}, {hash:?}),\n")
            })
            .collect();
        format!(
            "Translation(wizard: \"t\", language: \"pl\", translator: \"test\", strings: {{\n{strings}}})"
        )
    }

    fn load_pl(text: &str) -> Result<Translated, Vec<Diagnostic>> {
        load(
            "pl/t.ron",
            text.as_bytes(),
            &english(),
            "pl",
            &Limits::default(),
        )
    }

    #[test]
    fn keys_cover_every_translatable_text() {
        let keys: Vec<String> = texts(&english()).into_iter().map(|(k, _)| k).collect();
        assert_eq!(
            keys,
            [
                "title",
                "keywords",
                "q.text",
                "q.choices.yes",
                "q.choices.no",
                "o.title",
                "o.action",
                "o.channels.0.label",
                "o.channels.0.draft.subject",
                "o.channels.0.draft.body",
                "o.channels.0.draft.fields.name.ask",
            ]
        );
    }

    #[test]
    fn translated_stale_and_missing_texts() {
        let t = load_pl(&file(&[
            ("q.text", "Czy możesz się zalogować?", None),
            ("q.choices.yes", "Tak, mogę", Some("00000000")),
            ("o.title", "", None),
        ]))
        .unwrap();
        let q = t.wizard.nodes[0].question().unwrap();
        assert_eq!(q.text, "Czy możesz się zalogować?");
        assert_eq!(
            q.choices[0].label, "Yes, I can",
            "a stale entry falls back to English"
        );
        assert_eq!(t.stale, ["q.choices.yes"]);
        assert!(
            t.missing.contains(&"o.title".to_string()) && t.missing.contains(&"title".to_string())
        );
        assert!(t.wizard.untranslated("q", "choices.yes"));
        assert!(!t.wizard.untranslated("q", "text"));
        assert_eq!(t.wizard.language, "pl");
    }

    #[test]
    fn addresses_numbers_placeholders_and_keys_are_checked() {
        let unknown = load_pl(&file(&[("q.txt", "Czy?", Some("00000000"))]))
            .unwrap()
            .unknown;
        let errors = load_pl(&file(&[
            ("o.action", "Idź do evil.test/help lub zadzwoń 113.", None),
            ("o.channels.0.draft.body", "Jestem {imie}.", None),
            ("q.txt", "Czy?", Some("00000000")),
        ]))
        .unwrap_err();
        let text: Vec<String> = errors.iter().chain(&unknown).map(|d| d.short()).collect();
        let all = text.join("\n");
        assert!(
            all.contains("names \"evil.test/help\", which its English text does not"),
            "{all}"
        );
        assert!(all.contains("lacks the number 112"), "{all}");
        assert!(all.contains("other placeholders"), "{all}");
        assert!(
            all.contains("\"q.txt\" is not a text of the t wizard")
                && all.contains("did you mean \"q.text\""),
            "{all}"
        );
        assert!(
            errors.iter().all(|d| d.file == "pl/t.ron" && d.line >= 2),
            "{all}"
        );
    }

    #[test]
    fn a_filled_template_is_complete() {
        let blank = template(&english(), "pl", None);
        let empty = load_pl(&blank).unwrap();
        assert_eq!(empty.missing.len(), texts(&english()).len());
        // fill every entry with its English text in capitals (keeping the address, the
        // number and the placeholder)
        let filled: String = blank
            .lines()
            .map(|l| match l.split_once(": (\"\", ") {
                Some((k, rest)) => {
                    let en = texts(&english())
                        .into_iter()
                        .find(|(key, _)| format!("{key:?}") == k.trim())
                        .unwrap()
                        .1;
                    format!("{k}: ({:?}, {rest}", en.replace("Can", "CAN"))
                }
                None => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        let t = load_pl(&filled).unwrap();
        assert!(
            t.missing.is_empty() && t.stale.is_empty(),
            "{:?} {:?}",
            t.missing,
            t.stale
        );
        assert_eq!(
            t.wizard.nodes[0].question().unwrap().text,
            "CAN you log in?"
        );
        // and the template of a complete file is that file again, translations kept
        let def: TranslationDef = ron::from_str(&filled).unwrap();
        assert_eq!(template(&english(), "pl", Some(&def)).trim(), filled.trim());
    }
}
