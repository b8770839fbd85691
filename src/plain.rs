//! Line mode: for screen readers, pipes and scripts. No escape sequences, ever.
//!
//! The protocol (DESIGN.md, "Plain mode"): a question is its text, optional help lines,
//! then `  N) label` per choice, then the prompt `> ` at the start of a line, flushed,
//! without a newline. One line is read: a number chooses; `b` back; `r` restart; `q` save
//! and quit; `?` help; anything else prints a one-line error and asks again. An outcome
//! is printed in full and the run ends.

use crate::catalog::{Journey, View};
use crate::report::{outcome_text, question_text};
use std::io::{self, BufRead, Write};

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

/// Read one input line against a question with `choices` choices. Pure, so it can be
/// tested and fuzzed on its own.
pub fn parse_command(line: &str, choices: usize) -> Command {
    let word = line.trim().trim_end_matches([')', '.']).to_lowercase();
    match word.as_str() {
        "b" | "back" => Command::Back,
        "r" | "restart" | "start over" => Command::Restart,
        "q" | "quit" | "exit" => Command::Quit,
        "?" | "h" | "help" => Command::Help,
        _ => match word.parse::<usize>() {
            Ok(n) if (1..=choices).contains(&n) => Command::Choose(n - 1),
            _ => Command::Invalid,
        },
    }
}

const HELP: &str = "Type the number of your answer and press Enter. \
Other answers: b goes back one question, r starts over, q saves and quits, ? shows this help.";

/// Longest input line we keep; the rest of a longer line is read and ignored, so a
/// runaway pipe cannot fill memory.
const MAX_LINE: usize = 4096;

/// Run the dialogue until an outcome, `q` or end of input. `changed` is called after
/// every answer, back and restart (the autosave hook).
pub fn run<R: BufRead, W: Write>(
    journey: &mut Journey,
    mut input: R,
    mut out: W,
    changed: &mut dyn FnMut(&Journey),
) -> io::Result<End> {
    let mut first = true;
    loop {
        let prompt = match journey.view() {
            View::Outcome(wizard, outcome) => {
                if !first {
                    writeln!(out)?;
                }
                write!(out, "{}", outcome_text(wizard, outcome))?;
                out.flush()?;
                return Ok(End::Finished);
            }
            View::Question(p) => p,
        };
        if !first {
            writeln!(out)?;
        }
        first = false;
        write!(
            out,
            "{}",
            question_text(prompt.text, prompt.help, &prompt.choices)
        )?;
        loop {
            write!(out, "> ")?;
            out.flush()?;
            let Some(line) = read_line(&mut input)? else {
                writeln!(out)?;
                out.flush()?;
                return Ok(End::EndOfInput);
            };
            match parse_command(&line, prompt.choices.len()) {
                Command::Choose(i) => {
                    journey.choose(i).expect("parse_command checked the range");
                    changed(journey);
                }
                Command::Back => {
                    if journey.back() {
                        changed(journey);
                    } else {
                        writeln!(
                            out,
                            "This is the first question; there is nothing to go back to."
                        )?;
                        write!(
                            out,
                            "{}",
                            question_text(prompt.text, prompt.help, &prompt.choices)
                        )?;
                        continue;
                    }
                }
                Command::Restart => {
                    journey.restart();
                    changed(journey);
                    writeln!(out, "Starting over.")?;
                }
                Command::Quit => {
                    out.flush()?;
                    return Ok(End::Quit);
                }
                Command::Help => {
                    writeln!(out, "{HELP}")?;
                    writeln!(out)?;
                    write!(
                        out,
                        "{}",
                        question_text(prompt.text, prompt.help, &prompt.choices)
                    )?;
                    continue;
                }
                Command::Invalid => {
                    writeln!(
                        out,
                        "Please type a number from 1 to {}, or b to go back, r to start over, q to quit, ? for help.",
                        prompt.choices.len()
                    )?;
                    write!(
                        out,
                        "{}",
                        question_text(prompt.text, prompt.help, &prompt.choices)
                    )?;
                    continue;
                }
            }
            break;
        }
    }
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
        assert_eq!(parse_command(" 2 \n", 3), Command::Choose(1));
        assert_eq!(parse_command("2)", 3), Command::Choose(1));
        assert_eq!(parse_command("4", 3), Command::Invalid);
        assert_eq!(parse_command("0", 3), Command::Invalid);
        assert_eq!(parse_command("B", 3), Command::Back);
        assert_eq!(parse_command("r", 3), Command::Restart);
        assert_eq!(parse_command("q", 3), Command::Quit);
        assert_eq!(parse_command("?", 3), Command::Help);
        assert_eq!(parse_command("", 3), Command::Invalid);
        assert_eq!(
            parse_command("99999999999999999999999", 3),
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
