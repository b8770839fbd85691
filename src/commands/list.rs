//! `reachout list` (the platforms, for people or, with `--verbose`, for authors) and
//! `reachout graph` (one wizard's tree as Graphviz or Mermaid).

use super::{Exit, Outcome};
use crate::catalog::Catalog;
use crate::cli::{GraphFormat, ListFormat};
use crate::i18n::Tr;
use crate::print;
use crate::report;
use crate::tr;
use crate::wizard::Wizard;
use std::io::{self, Write};

pub(super) fn list(tr: Tr, catalog: &Catalog, format: ListFormat, verbose: bool) -> Outcome {
    match format {
        ListFormat::Json => {
            #[derive(serde::Serialize)]
            struct Row<'a> {
                id: &'a str,
                title: &'a str,
                keywords: &'a [String],
                nodes: usize,
                questions: usize,
                outcomes: usize,
            }
            let rows: Vec<Row> = catalog
                .wizards()
                .map(|w| Row {
                    id: &w.id,
                    title: &w.title,
                    keywords: &w.keywords,
                    nodes: w.nodes.len(),
                    questions: w.question_count(),
                    outcomes: w.outcome_count(),
                })
                .collect();
            writeln!(io::stdout().lock(), "{}", report::to_json(&rows))?;
        }
        ListFormat::Text if verbose => list_for_authors(catalog)?,
        ListFormat::Text => {
            // What a person needs: the platform, how many situations reachout knows on
            // it (its outcomes), and the names it answers to, wrapped in their column.
            let lang = tr.lang().code;
            let rows: Vec<[String; 3]> = (catalog.entries().iter())
                .map(|e| {
                    let mut names: Vec<&str> = vec![e.id()];
                    for k in e.keywords() {
                        if !names.iter().any(|n| n.eq_ignore_ascii_case(k)) {
                            names.push(k);
                        }
                    }
                    let count = e.wizard().outcome_count().to_string();
                    [e.title_in(lang).to_string(), count, names.join(", ")]
                })
                .collect();
            let head = [
                tr.s("list-platform"),
                tr.s("list-situations"),
                tr.s("list-names"),
            ];
            let col = |i: usize| {
                (rows.iter().map(|r| width(&r[i])))
                    .chain([width(&head[i])])
                    .max()
                    .unwrap_or(0)
            };
            let (tw, cw) = (col(0), col(1));
            let pad = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(width(s))));
            let left = tw + 2 + cw + 2;
            let term = print::width_of(&io::stdout());
            let room = term.map(|w| w.saturating_sub(left));
            let mut out = io::stdout().lock();
            if let Some(width) = term.filter(|w| w.saturating_sub(left) < 30) {
                // Too narrow for a table: each platform on its own line, its names
                // under it.
                for (e, [title, _, names]) in catalog.entries().iter().zip(&rows) {
                    let count = e.wizard().outcome_count();
                    let head = tr!(
                        tr,
                        "list-platform-count",
                        platform = title.as_str(),
                        count = count
                    );
                    writeln!(out, "{}", print::wrap_line(&head, width).join("\n"))?;
                    let names = format!("  {names}");
                    writeln!(out, "{}", print::wrap_line(&names, width).join("\n"))?;
                }
                return Ok(Exit::Done);
            }
            for [title, count, names] in std::iter::once(&head).chain(&rows) {
                let names = match room {
                    Some(room) => print::wrap_line(names, room),
                    None => vec![names.clone()],
                };
                let count = format!("{}{count}", " ".repeat(cw.saturating_sub(width(count))));
                writeln!(out, "{}  {}  {}", pad(title, tw), count, names[0])?;
                for more in &names[1..] {
                    writeln!(out, "{}{more}", " ".repeat(left))?;
                }
            }
        }
    }
    Ok(Exit::Done)
}

/// Columns a string takes on a terminal.
fn width(s: &str) -> usize {
    crate::tui::wrap::width(s)
}

/// `list --verbose`: each wizard's id, title and the sizes of its tree, for authors.
fn list_for_authors(catalog: &Catalog) -> io::Result<()> {
    let mut out = io::stdout().lock();
    let idw = catalog
        .entries()
        .iter()
        .map(|e| e.id().len())
        .max()
        .unwrap_or(2)
        .max(2);
    let tw = catalog
        .entries()
        .iter()
        .map(|e| e.title().chars().count())
        .max()
        .unwrap_or(5)
        .max(5);
    writeln!(
        out,
        "{:<idw$}  {:<tw$}  {:>5}  {:>9}  {:>8}",
        "ID", "TITLE", "NODES", "QUESTIONS", "OUTCOMES"
    )?;
    for w in catalog.wizards() {
        writeln!(
            out,
            "{:<idw$}  {:<tw$}  {:>5}  {:>9}  {:>8}",
            w.id,
            w.title,
            w.nodes.len(),
            w.question_count(),
            w.outcome_count()
        )?;
    }
    Ok(())
}

pub(super) fn graph(w: &Wizard, format: GraphFormat) -> Outcome {
    let text = match format {
        GraphFormat::Dot => crate::graph::dot(w),
        GraphFormat::Mermaid => crate::graph::mermaid(w),
    };
    io::stdout().lock().write_all(text.as_bytes())?;
    Ok(Exit::Done)
}
