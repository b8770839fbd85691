//! `reachout run`: the answers given on the command line walked to an outcome or a
//! pending question, and with `--draft`, the message of one of its cards.

use super::{Exit, Failure, Outcome};
use crate::catalog::Catalog;
use crate::cli::RunFormat;
use crate::compose;
use crate::i18n::Tr;
use crate::print;
use crate::report::{self, outcome_text, pending_text};
use crate::script;
use crate::text::quote;
use crate::wizard::Wizard;
use std::io::{self, Write};
use std::time::SystemTime;

/// `run`: the outcome the answers reach, or its pending question; with `draft`, the
/// message of that card (1-based) written with the `--field` answers.
pub(super) fn run_scripted(
    tr: Tr,
    catalog: &Catalog,
    w: &Wizard,
    raw: &[String],
    draft: Option<(usize, &[String])>,
    format: RunFormat,
) -> Outcome {
    let answers = raw
        .iter()
        .map(|a| script::parse_answer(a))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| Failure::usage(format!("{e}.")))?;
    let walk = script::walk(w, &answers).map_err(|e| {
        Failure::usage(if e.valid.is_empty() {
            e.message
        } else {
            format!("{}\n{}", e.message, e.valid)
        })
    })?;
    if let (Some((card, fields)), Some(_)) = (draft, walk.outcome()) {
        return run_draft(tr, catalog, &walk, card, fields, format);
    }
    match format {
        RunFormat::Json => writeln!(
            io::stdout().lock(),
            "{}",
            report::to_json(&report::run_json(&walk))
        )?,
        RunFormat::Text => match (walk.outcome(), walk.question()) {
            (Some(o), _) => write!(print::stdout(), "{}", outcome_text(tr, w, o))?,
            (None, Some(q)) => write!(print::stdout(), "{}", pending_text(tr, w, &walk, q))?,
            (None, None) => unreachable!("a node is a question or an outcome"),
        },
    }
    Ok(if walk.is_finished() {
        Exit::Done
    } else {
        Exit::Incomplete
    })
}

/// `run --draft N --field NAME=VALUE ...`: the message of card `card` on the outcome
/// `walk` reached, in the team's language and, below, the person's. Exit 3 while a
/// required question has no answer.
fn run_draft(
    tr: Tr,
    catalog: &Catalog,
    walk: &crate::engine::Walk,
    card: usize,
    raw: &[String],
    format: RunFormat,
) -> Outcome {
    let wizard = walk.wizard();
    let node = walk.node().id.as_str();
    let lang = tr.lang().code;
    let all = compose::Message::all(catalog, &wizard.id, node, lang);
    let with_drafts = || {
        let cards: Vec<String> = all.iter().map(|m| (m.index + 1).to_string()).collect();
        if cards.is_empty() {
            "No way to get help on this outcome has a message to write.".to_string()
        } else {
            format!("Ways with a message to write: {}.", cards.join(", "))
        }
    };
    let Some(message) = card
        .checked_sub(1)
        .and_then(|i| all.iter().find(|m| m.index == i))
    else {
        return Err(Failure::usage(format!(
            "--draft {card}: way {card} of this outcome has no message to write.\n{}",
            with_drafts()
        )));
    };
    let today = compose::today(SystemTime::now());
    let answers = draft_fields(tr, message, raw, &today)?;
    let mut out = io::stdout().lock();
    match format {
        RunFormat::Json => {
            let mut json = report::run_json(walk);
            json.draft = Some(report::draft_json(message, &answers, &today));
            writeln!(out, "{}", report::to_json(&json))?;
        }
        RunFormat::Text => write!(out, "{}", report::draft_text(tr, message, &answers, &today))?,
    }
    Ok(if message.missing(&answers).is_empty() {
        Exit::Done
    } else {
        Exit::Incomplete
    })
}

/// The `--field NAME=VALUE` answers, each checked as the wizard checks a typed one. An
/// empty value leaves the question unanswered.
fn draft_fields(
    tr: Tr,
    message: &compose::Message,
    raw: &[String],
    today: &str,
) -> Result<compose::Answers, Failure> {
    let fields = message.fields();
    let ids = || fields.iter().map(|f| f.id.as_str());
    let valid = || format!("Questions: {}", ids().collect::<Vec<_>>().join(", "));
    let mut answers = compose::Answers::new();
    for r in raw {
        let Some((name, value)) = r.split_once('=').filter(|(n, _)| !n.trim().is_empty()) else {
            return Err(Failure::usage(format!(
                "{} is not of the form NAME=VALUE (for example name=Ana).\n{}",
                quote(r),
                valid()
            )));
        };
        let name = name.trim();
        let Some(field) = fields.iter().find(|f| f.id == name) else {
            let hint = crate::text::suggest(name, ids())
                .map(|s| format!(" Did you mean {}?", quote(s)))
                .unwrap_or_default();
            return Err(Failure::usage(format!(
                "this message has no question {}.{hint}\n{}",
                quote(name),
                valid()
            )));
        };
        if value.trim().is_empty() {
            continue;
        }
        let checked = crate::draft::check_answer(&field.kind, value, today).map_err(|e| {
            Failure::usage(format!(
                "--field {name}: {}",
                compose::answer_error(tr, e, field, today)
            ))
        })?;
        if answers.insert(name.to_string(), checked).is_some() {
            return Err(Failure::usage(format!(
                "question {} is answered twice; give each one --field.",
                quote(name)
            )));
        }
    }
    Ok(answers)
}
