//! Line mode after an outcome whose ways to get help carry drafts: "Do you want reachout
//! to write the message for you?", then each of the message's questions, then the
//! message (and its translation), and what to do with it. The same protocol as every
//! other question: its text, help lines, `  N) label` choices or a typed answer, the
//! prompt `> `, one line read; the end of input ends the run politely.

use super::words::{Words, parse_with};
use super::{End, read_line};
use crate::catalog::Journey;
use crate::compose::{self, Answers, Message};
use crate::draft::check_answer;
use crate::i18n::Tr;
use crate::model::{Field, FieldKind};
use crate::report::{self, question_text};
use crate::session::DraftAnswers;
use crate::text::clean;
use crate::tr;
use crate::wizard::Wizard;
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

enum Written {
    Another,
    End(End),
}

/// Ask the message's questions, show it, and do what the person asks with it.
fn write<R: BufRead, W: Write>(
    io: &mut Io<R, W>,
    journey: &Journey,
    m: &Message,
    drafting: &mut Drafting,
    memory: &mut Memory,
    others: bool,
) -> io::Result<Written> {
    let tr = io.tr;
    let fields = m.fields();
    let mut i = 0;
    while i < fields.len() {
        match ask(io, m, i, drafting, memory, journey)? {
            Step::Next => i += 1,
            Step::Back if i == 0 => return Ok(Written::Another),
            Step::Back => i -= 1,
            Step::End(end) => return Ok(Written::End(end)),
        }
    }
    let mut show = true;
    loop {
        let answers = answers_of(memory, m);
        if show {
            writeln!(io.out)?;
            write!(
                io.out,
                "{}",
                report::draft_text(tr, m, &answers, &drafting.today)
            )?;
            writeln!(io.out)?;
            writeln!(io.out, "{}", tr.s("message-privacy"))?;
        }
        show = false;
        let mut choices = vec![tr.s("plain-draft-save"), tr.s("plain-draft-change")];
        if others {
            choices.push(tr.s("plain-draft-another"));
        }
        choices.push(tr.s("plain-draft-done"));
        let picked = io.choose(&tr.s("plain-draft-what-now"), None, &choices)?;
        let n = choices.len();
        match picked {
            Picked::Choice(0) => {
                let mut files = vec![(
                    m.file_name("txt"),
                    m.file_text(tr, &answers, &drafting.today),
                )];
                files.extend(m.eml(&answers).map(|eml| (m.file_name("eml"), eml)));
                for (name, text) in files {
                    let line = match (drafting.save)(&name, &text) {
                        Ok(path) => {
                            let path = path.display().to_string();
                            tr!(tr, "plain-saved", path = path.as_str())
                        }
                        Err(why) => tr!(tr, "plain-save-failed", reason = why.as_str()),
                    };
                    writeln!(io.out, "{}", clean(&line))?;
                }
            }
            Picked::Choice(1) => {
                let list: Vec<String> = (fields.iter())
                    .map(|f| {
                        let now = answers.get(&f.id).map(|a| m.shown.answer_text(&f.id, a));
                        match now {
                            Some(a) => format!("{} {a}", f.ask),
                            None => f.ask.clone(),
                        }
                    })
                    .collect();
                match io.choose(&tr.s("plain-draft-which"), None, &list)? {
                    Picked::Choice(k) => match ask(io, m, k, drafting, memory, journey)? {
                        Step::End(end) => return Ok(Written::End(end)),
                        Step::Next => show = true,
                        Step::Back => {}
                    },
                    Picked::Quit => return Ok(Written::End(End::Quit)),
                    Picked::Eof => return Ok(Written::End(End::EndOfInput)),
                    Picked::Back | Picked::Restart => {}
                }
            }
            Picked::Choice(k) if others && k == n - 2 => return Ok(Written::Another),
            Picked::Choice(_) => return Ok(Written::End(End::Finished)),
            Picked::Eof => return Ok(Written::End(End::EndOfInput)),
            Picked::Quit => return Ok(Written::End(End::Quit)),
            Picked::Back => show = true,
            Picked::Restart => {}
        }
    }
}

enum Step {
    Next,
    Back,
    End(End),
}

/// The answers given so far to `m`.
fn answers_of(memory: &Memory, m: &Message) -> Answers {
    (memory.answers.get(&m.wizard.id))
        .and_then(|all| compose::answers_of(all, m.node, m.index))
        .cloned()
        .unwrap_or_default()
}

/// Ask question `i` of `m` until it has a good answer (or may stay empty).
fn ask<R: BufRead, W: Write>(
    io: &mut Io<R, W>,
    m: &Message,
    i: usize,
    drafting: &mut Drafting,
    memory: &mut Memory,
    journey: &Journey,
) -> io::Result<Step> {
    let tr = io.tr;
    let field: &Field = &m.fields()[i];
    let count = m.fields().len();
    let text = tr!(
        tr,
        "plain-draft-field",
        number = i + 1,
        count = count,
        ask = field.ask.as_str()
    );
    let now = answers_of(memory, m).get(&field.id).cloned();
    let mut help: Vec<String> = field.help.iter().cloned().collect();
    // the kind's own hint where the field says nothing of its own, and always a date's
    // format
    if field.help.is_none() || matches!(field.kind, FieldKind::Date) {
        help.extend(compose::kind_hint(tr, &field.kind, &drafting.today));
    }
    if !field.required {
        help.push(tr.s("plain-draft-skip-empty"));
    }
    if let Some(a) = &now {
        let shown = m.shown.answer_text(&field.id, a);
        help.push(tr!(tr, "plain-draft-now", answer = shown.as_str()));
    }
    let help = (!help.is_empty()).then(|| help.join("\n"));
    let options: Vec<String> = match &field.kind {
        FieldKind::Choice(options) => options.iter().map(|o| o.label.clone()).collect(),
        _ => Vec::new(),
    };
    writeln!(io.out)?;
    write!(
        io.out,
        "{}",
        question_text(&text, help.as_deref(), &options)
    )?;
    loop {
        let Line::Text(line) = io.read()? else {
            return Ok(Step::End(End::EndOfInput));
        };
        let word = line.trim().to_lowercase();
        let (back, _, quit) = io.words.firsts();
        if io.words.back.contains(&word) {
            return Ok(Step::Back);
        }
        if io.words.quit.contains(&word) {
            return Ok(Step::End(End::Quit));
        }
        if io.words.help.contains(&word) {
            let help = tr!(tr, "plain-draft-help-words", back = back, quit = quit);
            writeln!(io.out, "{help}")?;
            write!(io.out, "{}", question_text(&text, None, &options))?;
            continue;
        }
        let answer = if line.trim().is_empty() {
            match (&now, field.required) {
                (Some(_), _) => return Ok(Step::Next),
                (None, false) => None,
                (None, true) => {
                    writeln!(io.out, "{}", tr.s("answer-empty"))?;
                    write!(io.out, "{}", question_text(&text, None, &options))?;
                    continue;
                }
            }
        } else {
            match check_answer(&field.kind, &line, &drafting.today) {
                Ok(a) => Some(a),
                Err(e) => {
                    let why = compose::answer_error(tr, e, field, &drafting.today);
                    writeln!(io.out, "{why}")?;
                    write!(io.out, "{}", question_text(&text, None, &options))?;
                    continue;
                }
            }
        };
        let all = memory.answers.entry(m.wizard.id.clone()).or_default();
        let mine = all.entry((m.node.to_string(), m.index)).or_default();
        match answer {
            Some(a) => mine.insert(field.id.clone(), a),
            None => mine.remove(&field.id),
        };
        if memory.consent == Some(true)
            && let Some(keep) = drafting.keep.as_mut()
        {
            keep(journey, &m.wizard.id, all);
        }
        return Ok(Step::Next);
    }
}
