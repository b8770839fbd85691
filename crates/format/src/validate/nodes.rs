//! The checks of the wizard's own fields, of each node, and of each channel.

use super::{At, Checker, MAX_CHOICES, Problem, Text, values};
use crate::locate::Seg::{self, Field, Index, Key, Value};
use crate::model::{
    Channel, ChoiceDef, Draft, FieldKind, NodeDef, Outcome, Reach, Source, WizardDef,
};
use crate::text::{quote, suggest};
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

fn check_channel(c: &mut Checker, here: &[Seg], ch: &Channel) {
    macro_rules! at {
        ($field:literal) => {
            At(here, &[Field($field)])
        };
    }
    c.text(at!("label"), "the channel label", &ch.label, Text::Label);
    if let Some(n) = &ch.note {
        c.text(at!("note"), "the note", n, Text::Long);
    }
    check_source(c, &[here, &[Field("source")]].concat(), &ch.source);
    if let Some(draft) = &ch.draft {
        check_draft(c, &[here, &[Field("draft")]].concat(), draft, &ch.reach);
    }
    if let Err(e) = values::date(&ch.checked) {
        c.report(
            at!("checked"),
            format!("the checked date is wrong: {e}"),
            None,
        );
    }
    match &ch.reach {
        Reach::Form { url } | Reach::Web { url } => match values::url(url) {
            Ok(host) => c.on_official_domain(at!("url"), host, "link"),
            Err(e) => c.report(
                at!("url"),
                format!("the link {} is not valid: {e}", quote(url)),
                None,
            ),
        },
        Reach::Email { address } => match values::email(address) {
            Ok(domain) => c.on_official_domain(at!("address"), domain, "address"),
            Err(e) => c.report(
                at!("address"),
                format!("the email address {} is not valid: {e}", quote(address)),
                None,
            ),
        },
        Reach::Phone { number } => {
            if let Err(e) = values::phone(number) {
                c.report(
                    at!("number"),
                    format!("the phone number {} is not valid: {e}", quote(number)),
                    None,
                );
            }
        }
        Reach::Postal { lines } => {
            if lines.len() < 2 {
                c.report(
                    at!("lines"),
                    "a postal address needs at least two lines (recipient and place)".into(),
                    None,
                );
            }
            for (i, l) in lines.iter().enumerate() {
                let at = At(here, &[Field("lines"), Index(i)]);
                c.text(at, "an address line", l, Text::Label);
            }
        }
        Reach::InApp { steps } => {
            if steps.is_empty() {
                c.report(
                    at!("steps"),
                    "an in-app channel needs the steps to follow".into(),
                    Some("list what to tap, in order"),
                );
            }
            for (i, s) in steps.iter().enumerate() {
                c.text(
                    At(here, &[Field("steps"), Index(i)]),
                    "a step",
                    s,
                    Text::Long,
                );
            }
        }
    }
}

/// Sites of public code: a lead to follow up, never a citation.
const CODE_HOSTS: [&str; 4] = [
    "github.com",
    "githubusercontent.com",
    "gitlab.com",
    "bitbucket.org",
];

fn check_source(c: &mut Checker, here: &[Seg], source: &Source) {
    macro_rules! at {
        ($field:literal) => {
            At(here, &[Field($field)])
        };
    }
    let title = source.title();
    c.text(at!("title"), "the source's title", title, Text::Source);
    if looks_like_a_file(title) {
        c.report(
            at!("title"),
            format!("the source's title {} reads like a file or public code, not a page a person can look up", quote(title)),
            Some("cite the page by its own title and address, or the article by its title and language"),
        );
    }
    match source {
        Source::Seed { language, .. } => {
            c.text(
                at!("language"),
                "the article's language",
                language,
                Text::Label,
            );
        }
        Source::Official { url, .. } | Source::ThirdParty { url, .. } => {
            let official = matches!(source, Source::Official { .. });
            let host = match values::url(url) {
                Ok(host) => host,
                Err(e) => {
                    let message = format!("the source's address {} is not valid: {e}", quote(url));
                    return c.report(at!("url"), message, None);
                }
            };
            if values::within(host, &CODE_HOSTS) {
                c.report(
                    at!("url"),
                    format!(
                        "{} is public code, which is a lead to follow up, not a source",
                        quote(host)
                    ),
                    Some(
                        "find the platform's own page that says the same, or leave the channel out",
                    ),
                );
            } else if official {
                c.on_official_domain(at!("url"), host, "source");
            } else if values::within(host, c.domains) {
                c.report(
                    at!("url"),
                    format!("{} is one of the platform's own domains, so this source is Official, not ThirdParty", quote(host)),
                    Some("write it as Official(title: ..., url: ...)"),
                );
            }
        }
    }
}

/// A title that is a path, a file name or a mention of public code rather than the
/// title of a page or an article.
fn looks_like_a_file(title: &str) -> bool {
    let lower = title.to_lowercase();
    let file = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.contains('/')
            && w.rsplit_once('.').is_some_and(|(_, ext)| {
                (1..=4).contains(&ext.len()) && ext.bytes().all(|b| b.is_ascii_alphanumeric())
            })
    };
    lower.contains("github") || lower.contains("public code") || lower.split_whitespace().any(file)
}

fn check_draft(c: &mut Checker, here: &[Seg], draft: &Draft, reach: &Reach) {
    macro_rules! at {
        ($field:literal) => {
            At(here, &[Field($field)])
        };
    }
    let email = matches!(reach, Reach::Email { .. });
    // An in-app channel carries the text to type into the app's own support form.
    if !matches!(
        reach,
        Reach::Email { .. } | Reach::Postal { .. } | Reach::Form { .. } | Reach::InApp { .. }
    ) {
        c.report(
            At(here, &[]),
            "only an e-mail, a letter, a form or an in-app support form can carry a draft".into(),
            Some("move the draft to the channel the message is sent through"),
        );
    }
    if crate::lang::language(&draft.language).is_none() {
        let codes: Vec<&str> = crate::lang::LANGUAGES.iter().map(|l| l.code).collect();
        c.report(
            at!("language"),
            format!(
                "{} is not a language reachout speaks",
                quote(&draft.language)
            ),
            Some(&format!("use one of: {}", codes.join(", "))),
        );
    }
    match (&draft.subject, email) {
        (Some(subject), true) => c.text(at!("subject"), "the subject", subject, Text::Label),
        (None, true) => c.report(
            At(here, &[]),
            "an e-mail's draft needs a subject".into(),
            Some("add `subject: \"...\"`: support teams sort their mail by it"),
        ),
        (Some(_), false) => c.report(
            at!("subject"),
            "only an e-mail has a subject".into(),
            Some("put what the subject says into the first line of the body"),
        ),
        (None, false) => {}
    }
    c.text(at!("body"), "the body", &draft.body, Text::Long);
    let mut used: HashSet<&str> = HashSet::new();
    for (field, text) in [
        ("subject", draft.subject.as_deref()),
        ("body", Some(draft.body.as_str())),
    ] {
        let Some(text) = text else { continue };
        let at = At(
            here,
            &[Field(if field == "subject" {
                "subject"
            } else {
                "body"
            })],
        );
        match crate::draft::placeholders(text) {
            Err(e) => c.report(
                at,
                format!("the {field} has a brace out of place: {e}"),
                None,
            ),
            Ok(ids) => {
                for id in ids {
                    if !draft.fields.iter().any(|f| f.id == id) {
                        let hint = suggest(id, draft.fields.iter().map(|f| f.id.as_str()));
                        c.report(
                            at,
                            format!(
                                "the {field} uses {{{id}}}, but the draft has no field {}",
                                quote(id)
                            ),
                            Some(&match hint {
                                Some(h) => format!("did you mean {{{h}}}?"),
                                None => {
                                    "add a field with this id, or remove the placeholder".into()
                                }
                            }),
                        );
                    }
                    used.insert(id);
                }
            }
        }
    }
    let mut ids: HashSet<&str> = HashSet::new();
    for (i, f) in draft.fields.iter().enumerate() {
        let here = [here, &[Field("fields"), Index(i)]].concat();
        c.id(At(&here, &[Field("id")]), "field id", &f.id);
        if !ids.insert(&f.id) {
            c.report(
                At(&here, &[Field("id")]),
                format!("field id {} is used twice in this draft", quote(&f.id)),
                Some("give each field its own id"),
            );
        }
        if !used.contains(f.id.as_str()) {
            c.report(
                At(&here, &[Field("id")]),
                format!(
                    "the field {} is asked but never used in the subject or body",
                    quote(&f.id)
                ),
                Some(&format!(
                    "put {{{}}} where the answer belongs, or remove the field",
                    f.id
                )),
            );
        }
        c.text(
            At(&here, &[Field("ask")]),
            "the question",
            &f.ask,
            Text::Label,
        );
        if let Some(h) = &f.help {
            c.text(At(&here, &[Field("help")]), "the help text", h, Text::Long);
        }
        if let FieldKind::Choice(options) = &f.kind {
            // `kind: Choice([...])`: the list is the variant's first (only) value
            let kind = [&here[..], &[Field("kind"), Index(0)]].concat();
            if options.len() < 2 {
                c.report(
                    At(&kind, &[]),
                    "a choice needs at least two answers".into(),
                    None,
                );
            }
            let mut seen: HashSet<&str> = HashSet::new();
            for (j, o) in options.iter().enumerate() {
                let at = [&kind[..], &[Index(j)]].concat();
                c.id(At(&at, &[Field("id")]), "answer id", &o.id);
                if !seen.insert(&o.id) {
                    c.report(
                        At(&at, &[Field("id")]),
                        format!("answer id {} is used twice", quote(&o.id)),
                        None,
                    );
                }
                c.text(
                    At(&at, &[Field("label")]),
                    "the answer",
                    &o.label,
                    Text::Label,
                );
            }
        }
    }
}
