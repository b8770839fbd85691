//! `reachout languages` (how complete each language is) and `reachout translate` (a
//! translation file to fill in).

use super::{Exit, Failure, Outcome, find};
use crate::catalog::Catalog;
use crate::cli::ListFormat;
use crate::i18n::{self, LANGUAGES, Language};
use crate::translate;
use std::io::{self, Write};

/// The share of a language's texts that are translated and current, in percent; `None`
/// where the language has no translation at all.
fn platform_share(catalog: &Catalog, id: &str, lang: &Language) -> Option<usize> {
    let entry = catalog.entry(id)?;
    if lang.code == "en" {
        return Some(100);
    }
    let t = entry.translation(lang.code)?;
    let total = translate::texts(entry.wizard()).len().max(1);
    Some(100 * (total - t.missing.len() - t.stale.len()) / total)
}

fn interface_share(lang: &Language) -> usize {
    let english = i18n::ids(&LANGUAGES[0]);
    let own = i18n::ids(lang);
    let have = english.iter().filter(|id| own.contains(id)).count();
    100 * have / english.len().max(1)
}

/// Who made a language's translations, as one phrase: "machine translation, not
/// reviewed", or the reviewer's name.
fn provenance(catalog: &Catalog, lang: &Language) -> String {
    let mut made: Vec<String> = catalog
        .entries()
        .iter()
        .filter_map(|e| e.translation(lang.code))
        .map(|t| match &t.def.reviewer {
            Some(r) => format!("{}, reviewed by {r}", t.def.translator),
            None => format!("{}, not reviewed by a native speaker", t.def.translator),
        })
        .collect();
    made.sort();
    made.dedup();
    made.join("; ")
}

pub(super) fn languages(catalog: &Catalog, format: ListFormat) -> Outcome {
    // wrapped between words on a narrow terminal, like every other printer
    let mut out = crate::print::stdout();
    let ids: Vec<&str> = catalog.entries().iter().map(|e| e.id()).collect();
    if format == ListFormat::Json {
        #[derive(serde::Serialize)]
        struct Row<'a> {
            code: &'a str,
            name: &'a str,
            english: &'a str,
            interface: usize,
            platforms: std::collections::BTreeMap<&'a str, Option<usize>>,
            translated_by: String,
        }
        let rows: Vec<Row> = LANGUAGES
            .iter()
            .map(|l| Row {
                code: l.code,
                name: l.name,
                english: l.english,
                interface: interface_share(l),
                platforms: ids
                    .iter()
                    .map(|id| (*id, platform_share(catalog, id, l)))
                    .collect(),
                translated_by: provenance(catalog, l),
            })
            .collect();
        writeln!(out, "{}", crate::report::to_json(&rows))?;
        return Ok(Exit::Done);
    }
    let width = ids.iter().map(|i| i.len()).max().unwrap_or(0).max(9);
    write!(out, "{:width$}", "")?;
    for l in &LANGUAGES {
        write!(out, "  {:>4}", l.code)?;
    }
    writeln!(out)?;
    let row = |out: &mut dyn Write,
               name: &str,
               share: &dyn Fn(&Language) -> Option<usize>|
     -> io::Result<()> {
        write!(out, "{name:width$}")?;
        for l in &LANGUAGES {
            match share(l) {
                Some(p) => write!(out, "  {:>3}%", p)?,
                None => write!(out, "  {:>4}", "-")?,
            }
        }
        writeln!(out)
    };
    row(&mut out, "interface", &|l| Some(interface_share(l)))?;
    for id in &ids {
        row(&mut out, id, &|l| platform_share(catalog, id, l))?;
    }
    writeln!(out)?;
    for l in &LANGUAGES {
        let made = if l.code == "en" {
            "the source language".to_string()
        } else {
            provenance(catalog, l)
        };
        // who made it on a line of its own, indented, so a narrow terminal wraps it
        // under itself
        let made = if made.is_empty() {
            "no translation yet"
        } else {
            &made
        };
        writeln!(
            out,
            "{:4}  {} ({})\n      {made}",
            l.code, l.name, l.english
        )?;
    }
    Ok(Exit::Done)
}

pub(super) fn template(catalog: &Catalog, language: &str, platform: &str) -> Outcome {
    let wizard = find(catalog, platform)?;
    let entry = catalog
        .entry(&wizard.id)
        .ok_or_else(|| Failure::usage("no such platform"))?;
    let existing = entry.translation(language).map(|t| &t.def);
    io::stdout()
        .lock()
        .write_all(translate::template(wizard, language, existing).as_bytes())?;
    Ok(Exit::Done)
}
