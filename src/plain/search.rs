//! `/ words` in line mode: the answers of the whole catalog that match best, one of
//! which may be picked by its number.

use super::read_line;
use crate::catalog::Journey;
use crate::engine::Walk;
use crate::i18n::Tr;
use crate::search::Index;
use crate::text::clean_line;
use crate::tr;
use std::io::{self, BufRead, Write};

/// Most answers listed for a search.
const SEARCH_LIST: usize = 9;

/// `/ words`: the answers that match best, as numbered lines, and a prompt; a number
/// goes to that answer (the journey there), anything else back to the question.
pub(super) fn search<'c, R: BufRead, W: Write>(
    tr: Tr,
    journey: &Journey<'c>,
    query: &str,
    index: &mut Option<Index<'c>>,
    input: &mut R,
    out: &mut W,
) -> io::Result<Option<Journey<'c>>> {
    let index = index.get_or_insert_with(|| Index::in_language(journey.catalog(), tr.lang().code));
    let found = index.find(query);
    if query.trim().is_empty() || found.hits.is_empty() {
        writeln!(out, "{}", tr.s("plain-search-none"))?;
        return Ok(None);
    }
    let hits: Vec<usize> = found.hits.iter().copied().take(SEARCH_LIST).collect();
    let head = if found.partial {
        tr!(tr, "plain-search-partial", count = found.hits.len())
    } else {
        tr!(tr, "plain-search-found", count = found.hits.len())
    };
    writeln!(out, "{head}")?;
    for (k, &hit) in hits.iter().enumerate() {
        let e = &index.entries()[hit];
        let line = format!("  {}) {}: {}", k + 1, e.wizard.title, e.outcome.title);
        writeln!(out, "{}", clean_line(&line))?;
    }
    writeln!(out, "{}", tr.s("plain-search-pick"))?;
    write!(out, "> ")?;
    out.flush()?;
    let Some(line) = read_line(input)? else {
        return Ok(None);
    };
    let number = line.trim().trim_end_matches([')', '.']).parse::<usize>();
    let Some(&hit) = number.ok().and_then(|n| hits.get(n.checked_sub(1)?)) else {
        return Ok(None);
    };
    let e = &index.entries()[hit];
    let same = journey.walk().is_some_and(|w| w.wizard().id == e.wizard.id);
    let walk = Walk::from_steps(e.wizard, e.steps.clone());
    let picker = journey.offers_picker() || !same;
    Ok(Some(
        Journey::resume(journey.catalog(), walk, picker).speaking(tr),
    ))
}
