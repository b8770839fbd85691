//! Line mode after an outcome whose ways to get help carry drafts: "Do you want reachout
//! to write the message for you?", then each of the message's questions, then the
//! message (and its translation), and what to do with it. The same protocol as every
//! other question: its text, help lines, `  N) label` choices or a typed answer, the
//! prompt `> `, one line read; the end of input ends the run politely.
//!
//! Here: the offer, and how a numbered question is asked and read ([`Io`]); writing the
//! message chosen, from its questions to what becomes of it, is in [`message`].

mod message;

use super::words::{Words, parse_with};
use super::{End, read_line};
use crate::catalog::Journey;
use crate::compose::Message;
use crate::i18n::Tr;
use crate::report::{self, question_text};
use crate::session::DraftAnswers;
use crate::tr;
use crate::wizard::Wizard;
use message::{Written, write};
use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::path::PathBuf;

/// What line mode needs to write messages: where the answers go when the person agrees
/// to keep them, how to save a file, and today's date.
pub struct Drafting<'a> {
    /// Keeps a wizard's draft answers with its session; called after every answer once
    /// the person agreed. `None`: nothing can be kept, so nothing is asked.
    pub keep: Option<&'a mut Keep<'a>>,
    /// Saves a file (name, text) and says where, or why it could not.
    pub save: &'a mut dyn FnMut(&str, &str) -> Result<PathBuf, String>,
    /// After an outcome, offer to save it as a file (with `save`) once the person is
    /// done with its messages.
    pub offer_save: bool,
    /// `YYYY-MM-DD`: no date answer may be after it; a letter carries it.
    pub today: String,
    /// Answers kept with the session being resumed: its wizard's id and the answers. The
    /// person agreed to keep them then, so they are not asked again.
    pub kept: Option<(String, DraftAnswers)>,
}

/// The hook that keeps a wizard's draft answers with its session: the journey, the
/// wizard's id, its answers.
pub type Keep<'a> = dyn FnMut(&Journey, &str, &DraftAnswers) + 'a;

/// What the offer after an outcome came to.
pub(super) enum Offer {
    /// `End::EndOfInput`: input ended on the offer or a message's question; the outcome
    /// was still reached.
    End(End),
    /// `b` or `r` on the offer: the journey goes back, or starts over.
    Back,
    Restart,
}

/// A run's answers to every message, by wizard; and whether the person agreed to keep
/// them (`None`: not asked yet).
pub(super) struct Memory {
    answers: BTreeMap<String, DraftAnswers>,
    consent: Option<bool>,
    /// The answers came with a resumed session; starting over forgets them.
    resumed: bool,
}

impl Memory {
    pub(super) fn new(kept: Option<(String, DraftAnswers)>) -> Memory {
        let consent = kept.as_ref().map(|_| true);
        Memory {
            resumed: kept.is_some(),
            answers: kept.into_iter().collect(),
            consent,
        }
    }

    /// A person who chose "Start over" on the resume offer starts without them.
    fn forget_if_started_over(&mut self, journey: &Journey) {
        if self.resumed && journey.resumption() == crate::catalog::Resumption::StartedOver {
            *self = Memory::new(None);
        }
    }
}

/// One line of input, or the end.
enum Line {
    Text(String),
    Eof,
}

struct Io<'i, R, W> {
    tr: Tr,
    words: &'i Words,
    input: &'i mut R,
    out: &'i mut W,
}

impl<R: BufRead, W: Write> Io<'_, R, W> {
    /// Print the prompt and read a line.
    fn read(&mut self) -> io::Result<Line> {
        write!(self.out, "> ")?;
        self.out.flush()?;
        Ok(match read_line(self.input)? {
            Some(l) => Line::Text(l),
            None => {
                writeln!(self.out)?;
                self.out.flush()?;
                Line::Eof
            }
        })
    }

    /// Ask a numbered question until a valid answer: the 0-based choice, or a command
    /// word (back, restart, quit), or the end of input.
    fn choose(
        &mut self,
        text: &str,
        help_text: Option<&str>,
        choices: &[String],
    ) -> io::Result<Picked> {
        writeln!(self.out)?;
        write!(self.out, "{}", question_text(text, help_text, choices))?;
        loop {
            let Line::Text(line) = self.read()? else {
                return Ok(Picked::Eof);
            };
            match parse_with(self.words, &line, choices.len()) {
                super::Command::Choose(i) => return Ok(Picked::Choice(i)),
                super::Command::Back => return Ok(Picked::Back),
                super::Command::Restart => return Ok(Picked::Restart),
                super::Command::Quit => return Ok(Picked::Quit),
                super::Command::Help => {
                    let (back, restart, quit) = self.words.firsts();
                    let help = tr!(
                        self.tr,
                        "plain-help",
                        back = back,
                        restart = restart,
                        quit = quit
                    );
                    writeln!(self.out, "{help}")?;
                    writeln!(self.out)?;
                    write!(self.out, "{}", question_text(text, help_text, choices))?;
                }
                super::Command::Invalid => {
                    let (back, restart, quit) = self.words.firsts();
                    let message = tr!(
                        self.tr,
                        "plain-invalid",
                        count = choices.len(),
                        back = back,
                        restart = restart,
                        quit = quit
                    );
                    writeln!(self.out, "{message}")?;
                    write!(self.out, "{}", question_text(text, help_text, choices))?;
                }
            }
        }
    }
}

enum Picked {
    Choice(usize),
    Back,
    Restart,
    Quit,
    Eof,
}

/// After the outcome of `wizard`'s node `node`: offer the messages its ways carry, and
/// write the ones chosen. Returns at once when there are none.
#[allow(clippy::too_many_arguments)]
pub(super) fn offer<R: BufRead, W: Write>(
    tr: Tr,
    words: &Words,
    journey: &Journey,
    wizard: &Wizard,
    node: &str,
    input: &mut R,
    out: &mut W,
    drafting: &mut Drafting,
    memory: &mut Memory,
) -> io::Result<Offer> {
    let messages = Message::all(journey.catalog(), &wizard.id, node, tr.lang().code);
    if messages.is_empty() {
        return Ok(Offer::End(End::Finished));
    }
    memory.forget_if_started_over(journey);
    let mut io = Io {
        tr,
        words,
        input,
        out,
    };
    let mut choices: Vec<String> = (messages.iter())
        .map(|m| {
            tr!(
                tr,
                "plain-draft-choice",
                number = m.index + 1,
                kind = report::kind_name(tr, &m.channel.reach).as_str(),
                label = m.channel.label.as_str()
            )
        })
        .collect();
    choices.push(tr.s("plain-draft-skip"));
    loop {
        let picked = io.choose(
            &tr.s("plain-draft-question"),
            Some(&tr.s("plain-draft-help")),
            &choices,
        )?;
        let message = match picked {
            Picked::Choice(i) if i < messages.len() => &messages[i],
            Picked::Choice(_) => return Ok(Offer::End(End::Finished)),
            Picked::Eof => return Ok(Offer::End(End::EndOfInput)),
            Picked::Quit => return Ok(Offer::End(End::Quit)),
            Picked::Back => return Ok(Offer::Back),
            Picked::Restart => return Ok(Offer::Restart),
        };
        if drafting.keep.is_some() && memory.consent.is_none() {
            let yes_no = [tr.s("plain-consent-yes"), tr.s("plain-consent-no")];
            match io.choose(&tr.s("consent-title"), Some(&tr.s("consent-text")), &yes_no)? {
                Picked::Choice(i) => memory.consent = Some(i == 0),
                Picked::Back => continue,
                Picked::Quit => return Ok(Offer::End(End::Quit)),
                Picked::Restart => return Ok(Offer::Restart),
                Picked::Eof => return Ok(Offer::End(End::EndOfInput)),
            }
        }
        match write(
            &mut io,
            journey,
            message,
            drafting,
            memory,
            messages.len() > 1,
        )? {
            Written::Another => continue,
            Written::End(end) => return Ok(Offer::End(end)),
        }
    }
}
