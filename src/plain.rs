//! Line mode: for screen readers, pipes and scripts. No escape sequences, ever.
//!
//! The protocol (DESIGN.md, "Plain mode"): a question is its text, optional help lines,
//! then `  N) label` per choice, then the prompt `> ` at the start of a line, flushed,
//! without a newline. One line is read: a number chooses; `b` back; `r` restart; `q` save
//! and quit; `?` help; anything else prints a one-line error and asks again. An outcome
//! is printed in full; when its ways carry drafts, the messages are offered in the same
//! protocol ([`drafts`]), and then the run ends.

mod drafts;
mod search;
mod words;
pub use drafts::Drafting;
pub use words::parse_command;

use crate::catalog::{Journey, Resumption, View};
use crate::i18n::Tr;
use crate::report::{self, outcome_text, question_text};
use crate::search::Index;
use crate::tr;
use std::io::{self, BufRead, Write};
use std::path::PathBuf;
use words::{Words, list_of, parse_with};

/// How a plain-mode run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// An outcome was printed.
    Finished,
    /// The person typed `q`.
    Quit,
    /// Input ended before an outcome.
    EndOfInput,
}

/// What a line of input asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// 0-based choice.
    Choose(usize),
    Back,
    Restart,
    Quit,
    Help,
    /// Not understood (or a number out of range).
    Invalid,
}

/// Longest input line we keep; the rest of a longer line is read and ignored, so a
/// runaway pipe cannot fill memory.
const MAX_LINE: usize = 4096;

/// Run the dialogue until an outcome, `q` or end of input. `changed` is called after
/// every answer, back and restart (the autosave hook). Messages are written in memory
/// only, and cannot be saved as files: [`run_drafting`] is the whole thing.
pub fn run<'c, R: BufRead, W: Write>(
    tr: Tr,
    journey: &mut Journey<'c>,
    input: R,
    out: W,
    changed: &mut dyn FnMut(&Journey),
) -> io::Result<End> {
    let mut save = |_: &str, _: &str| Err("saving is not available here".to_string());
    let mut drafting = Drafting {
        keep: None,
        save: &mut save,
        offer_save: false,
        today: crate::compose::today(std::time::SystemTime::now()),
        kept: None,
    };
    run_drafting(tr, journey, input, out, changed, &mut drafting)
}

/// [`run`], with what writing a message needs: where its answers are kept when the
/// person agrees, how files are saved, today's date.
pub fn run_drafting<'c, R: BufRead, W: Write>(
    tr: Tr,
    journey: &mut Journey<'c>,
    mut input: R,
    mut out: W,
    changed: &mut dyn FnMut(&Journey),
    drafting: &mut Drafting,
) -> io::Result<End> {
    let mut memory = drafts::Memory::new(drafting.kept.take());
    let words = Words::of(tr);
    let (back, restart, quit) = (
        Words::first(&words.back),
        Words::first(&words.restart),
        Words::first(&words.quit),
    );
    let mut first = true;
    // built when `/` is first typed
    let mut index: Option<Index<'c>> = None;
    // the walks (platform) already told that their translation is machine-made
    let mut noticed: Vec<String> = Vec::new();
    loop {
        if let Some(note) = translation_notice(tr, journey, &mut noticed) {
            writeln!(out, "{note}")?;
        }
        let prompt = match journey.view() {
            View::Outcome(wizard, outcome) => {
                if !first {
                    writeln!(out)?;
                }
                first = false;
                write!(out, "{}", outcome_text(tr, wizard, outcome))?;
                out.flush()?;
                let node = journey
                    .walk()
                    .map(|w| w.node().id.clone())
                    .unwrap_or_default();
                let offer = drafts::offer(
                    tr,
                    &words,
                    journey,
                    wizard,
                    &node,
                    &mut input,
                    &mut out,
                    drafting,
                    &mut memory,
                )?;
                match offer {
                    drafts::Offer::End(End::Finished) if drafting.offer_save => {
                        // the person may keep the answer: one question, Enter skips it
                        offer_save(tr, journey, &mut input, &mut out, drafting.save)?;
                        return Ok(End::Finished);
                    }
                    // the outcome was reached before input ended
                    drafts::Offer::End(End::EndOfInput) => {
                        out.flush()?;
                        return Ok(End::Finished);
                    }
                    drafts::Offer::End(end) => {
                        out.flush()?;
                        return Ok(end);
                    }
                    drafts::Offer::Back => {
                        journey.back();
                        changed(journey);
                    }
                    drafts::Offer::Restart => {
                        journey.restart();
                        changed(journey);
                        writeln!(out, "{}", tr!(tr, "plain-restarting"))?;
                    }
                }
                continue;
            }
            View::Question(p) => p,
        };
        if !first {
            writeln!(out)?;
        }
        first = false;
        // the question, shown again after a search, a help text or a mistake
        let asked = question_text(&prompt.text, prompt.help.as_deref(), &prompt.choices);
        write!(out, "{asked}")?;
        loop {
            write!(out, "> ")?;
            out.flush()?;
            let Some(line) = read_line(&mut input)? else {
                writeln!(out)?;
                out.flush()?;
                return Ok(End::EndOfInput);
            };
            if let Some(query) = line.trim().strip_prefix('/') {
                match search::search(tr, journey, query, &mut index, &mut input, &mut out)? {
                    Some(there) => {
                        *journey = there;
                        changed(journey);
                        break;
                    }
                    None => {
                        writeln!(out)?;
                        write!(out, "{asked}")?;
                        continue;
                    }
                }
            }
            match parse_with(&words, &line, prompt.choices.len()) {
                Command::Choose(i) => {
                    journey.choose(i).expect("parse_command checked the range");
                    changed(journey);
                }
                Command::Back => {
                    if journey.back() {
                        changed(journey);
                    } else {
                        writeln!(out, "{}", tr!(tr, "plain-no-back"))?;
                        write!(out, "{asked}")?;
                        continue;
                    }
                }
                Command::Restart => {
                    journey.restart();
                    changed(journey);
                    writeln!(out, "{}", tr!(tr, "plain-restarting"))?;
                }
                Command::Quit => {
                    out.flush()?;
                    return Ok(End::Quit);
                }
                Command::Help => {
                    let help = tr!(
                        tr,
                        "plain-help",
                        back = back,
                        restart = restart,
                        quit = quit
                    );
                    writeln!(out, "{help}")?;
                    writeln!(out)?;
                    write!(out, "{asked}")?;
                    continue;
                }
                Command::Invalid if let Some(i) = platform_named(journey, &line) => {
                    journey.choose(i).expect("a platform of the catalog");
                    changed(journey);
                }
                Command::Invalid => {
                    let count = prompt.choices.len();
                    let message = tr!(
                        tr,
                        "plain-invalid",
                        count = count,
                        back = back,
                        restart = restart,
                        quit = quit
                    );
                    writeln!(out, "{message}")?;
                    write!(out, "{asked}")?;
                    continue;
                }
            }
            break;
        }
    }
}

/// On the first question, the platform a typed name stands for: its id, or its title or
/// a keyword in any language ("insta", "вконтакте"), as an index of the picker.
fn platform_named(journey: &Journey, line: &str) -> Option<usize> {
    let name = line.trim();
    let on_picker = journey.walk().is_none() && journey.resumption() != Resumption::Offered;
    if !on_picker || name.is_empty() {
        return None;
    }
    (journey.catalog().entries().iter()).position(|e| e.answers_to(name))
}

/// After an outcome: offer to save it to a file, in one prompt. `s` (or the local word)
/// saves with `save` (a file name and the text; the path written, or why not) and says
/// where; an empty line or the end of input finishes.
fn offer_save<R: BufRead, W: Write>(
    tr: Tr,
    journey: &Journey,
    input: &mut R,
    out: &mut W,
    save: &mut dyn FnMut(&str, &str) -> Result<PathBuf, String>,
) -> io::Result<()> {
    let Some(walk) = journey.walk() else {
        return Ok(());
    };
    let (Some(text), Some(outcome)) = (report::saved_text(tr, walk), walk.outcome()) else {
        return Ok(());
    };
    let words = list_of(tr, "plain-words-save");
    writeln!(out)?;
    writeln!(out, "{}", tr.s("plain-save-offer"))?;
    write!(out, "> ")?;
    out.flush()?;
    let Some(line) = read_line(input)? else {
        writeln!(out)?;
        return out.flush();
    };
    if words.contains(&line.trim().to_lowercase()) {
        let name = crate::store::export::file_name(&walk.wizard().title, &outcome.title);
        match save(&name, &text) {
            Ok(path) => {
                let path = crate::text::clean_path(&path);
                writeln!(out, "{}", tr!(tr, "status-saved", path = path.as_str()))?;
            }
            Err(why) => writeln!(
                out,
                "{}",
                tr!(tr, "status-save-failed", reason = why.as_str())
            )?,
        }
    }
    out.flush()
}

/// Once per walk: a translation no native speaker reviewed says what it is.
fn translation_notice(tr: Tr, journey: &Journey, noticed: &mut Vec<String>) -> Option<String> {
    let walk = journey.walk()?;
    let id = &walk.wizard().id;
    if tr.lang().code == "en" || noticed.contains(id) {
        return None;
    }
    let translation = journey.catalog().entry(id)?.translation(tr.lang().code)?;
    noticed.push(id.clone());
    translation
        .def
        .reviewer
        .is_none()
        .then(|| tr.s("status-machine-translation"))
}

/// One line without its line ending, at most `MAX_LINE` bytes kept; `None` at end of
/// input. Invalid UTF-8 is replaced rather than treated as an error.
fn read_line<R: BufRead>(input: &mut R) -> io::Result<Option<String>> {
    let mut buf = Vec::new();
    let mut got_any = false;
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        got_any = true;
        let (take, done) = match chunk.iter().position(|b| *b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        let room = MAX_LINE.saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..take.min(room)]);
        input.consume(take);
        if done {
            break;
        }
    }
    if !got_any {
        return Ok(None);
    }
    Ok(Some(
        String::from_utf8_lossy(&buf)
            .trim_end_matches(['\n', '\r'])
            .to_string(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands() {
        let en = Tr::default();
        assert_eq!(parse_command(en, " 2 \n", 3), Command::Choose(1));
        assert_eq!(parse_command(en, "2)", 3), Command::Choose(1));
        assert_eq!(parse_command(en, "4", 3), Command::Invalid);
        assert_eq!(parse_command(en, "0", 3), Command::Invalid);
        assert_eq!(parse_command(en, "B", 3), Command::Back);
        assert_eq!(parse_command(en, "r", 3), Command::Restart);
        assert_eq!(parse_command(en, "q", 3), Command::Quit);
        assert_eq!(parse_command(en, "?", 3), Command::Help);
        assert_eq!(parse_command(en, "", 3), Command::Invalid);
        assert_eq!(
            parse_command(en, "99999999999999999999999", 3),
            Command::Invalid
        );
    }

    #[test]
    fn long_lines_are_bounded() {
        let long = format!("{}\n2\n", "x".repeat(100_000));
        let mut r = io::BufReader::with_capacity(16, long.as_bytes());
        assert_eq!(read_line(&mut r).unwrap().unwrap().len(), MAX_LINE);
        assert_eq!(read_line(&mut r).unwrap().unwrap(), "2");
        assert_eq!(read_line(&mut r).unwrap(), None);
    }
}
