//! The checks of the wizard's own fields, of each node, and of each channel.
//!
//! A question's choices are checked here; an outcome's channels in [`channels`], and the
//! drafts they carry in [`drafts`].

mod channels;
mod drafts;

use super::{At, Checker, MAX_CHOICES, Problem, Text, values};
use crate::locate::Seg::{self, Field, Index, Key, Value};
use crate::model::{ChoiceDef, NodeDef, Outcome, WizardDef};
use crate::text::quote;
use channels::check_channel;
use std::collections::{HashMap, HashSet};

/// The fields other than `nodes`.
pub(super) fn header(c: &mut Checker, def: &WizardDef) {
    c.id(At(&[Field("id")], &[]), "the wizard id", &def.id);
    c.text(
        At(&[Field("title")], &[]),
        "the title",
        &def.title,
        Text::Label,
    );
    for (i, k) in def.keywords.iter().enumerate() {
        let at = At(&[Field("keywords"), Index(i)], &[]);
        c.text(at, "a keyword", k, Text::Label);
    }
    for (i, d) in def.official_domains.iter().enumerate() {
        if let Err(e) = values::host(d) {
            c.report(
                At(&[Field("official_domains"), Index(i)], &[]),
                format!("official domain {}: {e}", quote(d)),
                None,
            );
        }
    }
}

/// Node `i`, whose id `first` other node had already, if any.
pub(super) fn node(c: &mut Checker, i: usize, id: &str, node: &NodeDef, first: Option<usize>) {
    let key = [Field("nodes"), Key(i)];
    c.id(At(&key, &[]), "node id", id);
    if let Some(first) = first {
        c.push(Problem {
            path: key.to_vec(),
            message: format!("node id {} is used twice", quote(id)),
            help: Some(
                "give each node its own id; choices and sessions refer to nodes by id".into(),
            ),
            related: Some((
                vec![Field("nodes"), Key(first)],
                "first defined here".into(),
            )),
        });
    }
    let base = [Field("nodes"), Value(i)];
    // `&[Field("x")]` of a literal is a constant, so it lives as long as needed
    macro_rules! at {
        ($field:literal) => {
            At(&base, &[Field($field)])
        };
    }
    match node {
        NodeDef::Question {
            text,
            help,
            choices,
        } => {
            c.text(at!("text"), "the question", text, Text::Label);
            if let Some(h) = help {
                c.text(at!("help"), "the help text", h, Text::Long);
            }
            let n = choices.len();
            if n < 2 {
                c.report(
                    at!("choices"),
                    format!("this question has {n} choice{}; a question needs at least two", if n == 1 { "" } else { "s" }),
                    Some("add the other answers, or point the previous choice straight at the next node"),
                );
            } else if n > MAX_CHOICES {
                c.report(
                    at!("choices"),
                    format!("this question has {n} choices; at most {MAX_CHOICES} fit on a screen and on the digit keys"),
                    Some("group some answers under a follow-up question"),
                );
            }
            check_choices(c, &base, choices);
        }
        NodeDef::Outcome(Outcome {
            title,
            warning,
            action,
            prepare,
            channels,
            expect,
            keywords,
        }) => {
            c.text(at!("title"), "the outcome title", title, Text::Label);
            if let Some(w) = warning {
                c.text(at!("warning"), "the warning", w, Text::Long);
            }
            c.text(at!("action"), "the action", action, Text::Long);
            for (field, list, what) in [
                ("prepare", prepare, "an item to prepare"),
                ("expect", expect, "an item of what to expect"),
                ("keywords", keywords, "a keyword"),
            ] {
                for (j, s) in list.iter().enumerate() {
                    c.text(At(&base, &[Field(field), Index(j)]), what, s, Text::Long);
                }
            }
            if channels.is_empty() {
                c.report(
                    at!("channels"),
                    "this outcome offers no channel, so the person is left with nowhere to go".into(),
                    Some("add at least one Form, Web, Email, Phone, Postal or InApp channel with its source"),
                );
            }
            for (j, ch) in channels.iter().enumerate() {
                check_channel(
                    c,
                    &[Field("nodes"), Value(i), Field("channels"), Index(j)],
                    ch,
                );
            }
        }
    }
}

fn check_choices(c: &mut Checker, base: &[Seg], choices: &[ChoiceDef]) {
    // choice id → its first choice; labels as a person reads them
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut labels: HashSet<String> = HashSet::new();
    for (j, ch) in choices.iter().enumerate() {
        let here = [base, &[Field("choices"), Index(j)]].concat();
        c.id(At(&here, &[Field("id")]), "choice id", &ch.id);
        c.text(
            At(&here, &[Field("label")]),
            "the choice label",
            &ch.label,
            Text::Label,
        );
        let first = *ids.entry(&ch.id).or_insert(j);
        if first != j {
            c.push(Problem {
                path: [&here[..], &[Field("id")]].concat(),
                message: format!("choice id {} is used twice in this question", quote(&ch.id)),
                help: Some("give each choice of a question its own id".into()),
                related: Some((
                    [base, &[Field("choices"), Index(first), Field("id")]].concat(),
                    "first used here".into(),
                )),
            });
        }
        if !labels.insert(ch.label.trim().to_lowercase()) {
            c.report(
                At(&here, &[Field("label")]),
                format!("two choices of this question read {}", quote(&ch.label)),
                Some("a person cannot tell them apart; say what differs"),
            );
        }
    }
}
