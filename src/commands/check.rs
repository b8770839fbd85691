//! `reachout check`: every problem of the wizard files and their translations, each at
//! its file:line:col; for clean files, how their channels are sourced and how complete
//! each translation is.

use super::{Exit, Failure, Outcome, stderr_color};
use crate::cli::CheckFormat;
use crate::i18n::{self, LANGUAGES};
use crate::model::Confidence;
use crate::store::{self, Loaded, Source};
use crate::text::plural;
use crate::validate::Limits;
use std::io::{self, Write};
use std::path::PathBuf;

pub(super) fn check(
    source: &Source,
    limits: &Limits,
    paths: &[PathBuf],
    format: CheckFormat,
) -> Outcome {
    let cannot = |why: String| Failure::usage(format!("cannot check: {why}."));
    let (catalogs, paths): (Vec<PathBuf>, Vec<PathBuf>) = paths
        .iter()
        .cloned()
        .partition(|p| p.extension().is_some_and(|x| x == "ftl"));
    if !catalogs.is_empty() {
        return check_catalogs(&catalogs, format, paths.is_empty());
    }
    let files = if paths.is_empty() {
        store::files(source, limits).map_err(cannot)?
    } else {
        let paths = store::expand(&wizards_of(&paths)).map_err(cannot)?;
        paths
            .iter()
            .map(|p| store::read_wizard(p, limits))
            .collect()
    };
    let (loaded, mut problems) = store::load_files(&files, limits);
    // entries for texts a wizard no longer has: the wizard ignores them, check does not
    problems.extend(
        loaded
            .iter()
            .flat_map(|l| &l.translations)
            .flat_map(|t| t.unknown.iter().cloned()),
    );
    if problems.is_empty() {
        return clean(files.len(), &loaded);
    }
    report(&problems, format, files.len())
}

/// `reachout check i18n/ka.ftl`: the interface's catalogs given by path.
fn check_catalogs(paths: &[PathBuf], format: CheckFormat, only: bool) -> Outcome {
    if !only {
        return Err(Failure::usage(
            "check wizard files and catalogs (.ftl) in separate runs".to_string(),
        ));
    }
    let mut problems = Vec::new();
    let mut out = io::stdout().lock();
    for p in paths {
        let name = p.display().to_string();
        let text = std::fs::read_to_string(p).map_err(|e| {
            Failure::usage(format!(
                "cannot check: cannot read {name}: {}.",
                store::io_reason(&e)
            ))
        })?;
        let c = i18n::check_catalog(&name, &text);
        problems.extend(c.problems);
        if c.missing.is_empty() {
            writeln!(out, "{name}: every message translated.")?;
        } else {
            writeln!(
                out,
                "{name}: {} missing (shown in English): {}",
                c.missing.len(),
                c.missing.join(", ")
            )?;
        }
    }
    report(&problems, format, paths.len())
}

/// Every problem on stderr, and the verdict.
fn report(problems: &[crate::diag::Diagnostic], format: CheckFormat, checked: usize) -> Outcome {
    if problems.is_empty() {
        return Ok(Exit::Done);
    }
    let mut err = io::BufWriter::new(io::stderr().lock());
    let color = stderr_color();
    for d in problems {
        match format {
            CheckFormat::Human => write!(err, "{}\n\n", d.render(color))?,
            CheckFormat::Short => writeln!(err, "{}", d.short())?,
        }
    }
    let mut names: Vec<&str> = problems.iter().map(|d| d.file.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    writeln!(
        err,
        "error: {} in {} (of {} checked).",
        plural(problems.len(), "problem", "problems"),
        plural(names.len(), "file", "files"),
        checked
    )?;
    err.flush()?;
    Ok(Exit::Usage)
}

/// A translation given by path (`wizards/ka/x.ron`) is checked with its wizard
/// (`wizards/x.ron`), which `read_wizard` reads with all its translations.
fn wizards_of(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = Vec::new();
    for p in paths {
        let dir = p.parent();
        let in_language_dir = dir
            .and_then(|d| d.file_name())
            .and_then(|n| n.to_str())
            .is_some_and(|n| i18n::language(n).is_some());
        let wizard = match (in_language_dir, dir.and_then(|d| d.parent()), p.file_name()) {
            (true, Some(up), Some(name)) if up.join(name).is_file() => up.join(name),
            _ => p.clone(),
        };
        if !out.contains(&wizard) {
            out.push(wizard);
        }
    }
    out
}

/// The verdict on clean files: sizes, sources by kind, and what each translation lacks.
fn clean(files: usize, loaded: &[Loaded]) -> Outcome {
    let mut out = io::stdout().lock();
    let nodes: usize = loaded.iter().map(|l| l.wizard.nodes.len()).sum();
    let outcomes: usize = loaded.iter().map(|l| l.wizard.outcome_count()).sum();
    writeln!(
        out,
        "ok: {} checked, no problems ({}, {}).",
        plural(files, "file", "files"),
        plural(nodes, "node", "nodes"),
        plural(outcomes, "outcome", "outcomes")
    )?;
    let channels: Vec<Confidence> = loaded
        .iter()
        .flat_map(|l| &l.wizard.nodes)
        .filter_map(|n| n.outcome())
        .flat_map(|o| o.channels.iter().map(|c| c.confidence()))
        .collect();
    if !channels.is_empty() {
        let share = |c: Confidence| {
            let n = channels.iter().filter(|&&x| x == c).count();
            format!("{n} {} ({}%)", c.as_str(), 100 * n / channels.len())
        };
        let kinds: Vec<String> = Confidence::ALL.into_iter().map(share).collect();
        writeln!(out, "channels: {} ({}).", channels.len(), kinds.join(", "))?;
    }
    if loaded.iter().all(|l| l.translations.is_empty()) {
        return Ok(Exit::Done);
    }
    writeln!(
        out,
        "\ntranslations: texts missing / out of date (- = no file)"
    )?;
    let width = loaded
        .iter()
        .map(|l| l.wizard.id.len())
        .max()
        .unwrap_or(0)
        .max(8);
    write!(out, "{:width$}", "")?;
    for l in &LANGUAGES[1..] {
        write!(out, "  {:>7}", l.code)?;
    }
    writeln!(out)?;
    for l in loaded {
        write!(out, "{:width$}", l.wizard.id)?;
        for lang in &LANGUAGES[1..] {
            let cell = match l
                .translations
                .iter()
                .find(|t| t.wizard.language == lang.code)
            {
                Some(t) => format!("{}/{}", t.missing.len(), t.stale.len()),
                None => "-".to_string(),
            };
            write!(out, "  {cell:>7}")?;
        }
        writeln!(out)?;
    }
    Ok(Exit::Done)
}
