//! Writing one message the person chose: each of its questions asked until it has a good
//! answer, then the message shown, saved, changed, or left for another.

use super::{Drafting, Io, Line, Memory, Picked};
use crate::catalog::Journey;
use crate::compose::{self, Answers, Message};
use crate::draft::check_answer;
use crate::model::{Field, FieldKind};
use crate::plain::End;
use crate::report::{self, question_text};
use crate::text::clean;
use crate::tr;
use std::io::{self, BufRead, Write};

pub(super) enum Written {
    Another,
    End(End),
}

/// Ask the message's questions, show it, and do what the person asks with it.
pub(super) fn write<R: BufRead, W: Write>(
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
