//! The checks of a question's choices and of a channel.

use super::*;

/// Above this many choices (already an error) duplicates are found with a map rather
/// than by comparing every pair.
const PAIRWISE_CHOICES: usize = 16;

pub(super) fn check_choices<S: AsRef<str>>(c: &mut Checker, base: &At, choices: &[ChoiceDef<S>]) {
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut labels: HashMap<String, usize> = HashMap::new();
    let pairwise = choices.len() <= PAIRWISE_CHOICES;
    let choices_at = base.field("choices");
    for (j, ch) in choices.iter().enumerate() {
        let at = choices_at.index(j);
        let (id, label) = (ch.id.as_ref(), ch.label.as_ref());
        c.id(&at.field("id"), "choice id", id);
        c.text(&at.field("label"), "the choice label", label, Text::Label);
        let first_id = if pairwise {
            choices[..j].iter().position(|o| o.id.as_ref() == id)
        } else {
            match ids.entry(id) {
                std::collections::hash_map::Entry::Occupied(e) => Some(*e.get()),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(j);
                    None
                }
            }
        };
        if let Some(first) = first_id {
            c.push(Problem {
                path: at.field("id").segs(),
                message: format!("choice id {} is used twice in this question", quote(id)),
                help: Some("give each choice of a question its own id".into()),
                related: Some((
                    choices_at.index(first).field("id").segs(),
                    "first used here".into(),
                )),
            });
        }
        let same_label = if pairwise {
            choices[..j]
                .iter()
                .any(|o| same_label(o.label.as_ref(), label))
        } else {
            labels.insert(label.trim().to_lowercase(), j).is_some()
        };
        if same_label {
            c.report(
                &at.field("label"),
                format!("two choices of this question read {}", quote(label)),
                Some("a person cannot tell them apart; say what differs"),
            );
        }
    }
}

/// Do two labels read the same, ignoring case and surrounding space?
fn same_label(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.to_lowercase() == b.to_lowercase()
    }
}

pub(super) fn check_channel<S: AsRef<str>>(c: &mut Checker, at: &At, ch: &ChannelDef<S>) {
    let (label, note, source, checked) = match ch {
        ChannelDef::Form {
            label,
            note,
            source,
            checked,
            ..
        }
        | ChannelDef::Web {
            label,
            note,
            source,
            checked,
            ..
        }
        | ChannelDef::Email {
            label,
            note,
            source,
            checked,
            ..
        }
        | ChannelDef::Phone {
            label,
            note,
            source,
            checked,
            ..
        }
        | ChannelDef::Postal {
            label,
            note,
            source,
            checked,
            ..
        }
        | ChannelDef::InApp {
            label,
            note,
            source,
            checked,
            ..
        } => (
            label.as_ref(),
            note.as_ref().map(AsRef::as_ref),
            source.as_ref(),
            checked.as_ref(),
        ),
    };
    c.text(&at.field("label"), "the channel label", label, Text::Label);
    if let Some(n) = note {
        c.text(&at.field("note"), "the note", n, Text::Long);
    }
    if source.trim().is_empty() {
        c.report(
            &at.field("source"),
            "this channel does not say where it comes from".into(),
            Some("set `source` to the seed file or page where you read it; unsourced contacts are how scams spread"),
        );
    } else {
        c.text(&at.field("source"), "the source", source, Text::Source);
    }
    if let Err(e) = values::date(checked) {
        c.report(
            &at.field("checked"),
            format!("the checked date is wrong: {e}"),
            None,
        );
    }
    let domain_rule = |c: &mut Checker, path: &At, host: &str, what: &str| {
        let domains = &c.domains;
        if domains.is_empty() {
            c.report(
                path,
                format!(
                    "this {what} cannot be checked because the wizard lists no official_domains"
                ),
                Some("add the platform's own domains to official_domains"),
            );
        } else if !values::within(host, domains) {
            let listed = domains.join(", ");
            c.report(
                path,
                format!("{} is not one of this platform's official domains ({listed})", quote(host)),
                Some("only link to the platform's own sites: fake support pages are a common scam. If the domain really is official, add it to official_domains"),
            );
        }
    };
    match ch {
        ChannelDef::Form { url, .. } | ChannelDef::Web { url, .. } => {
            let path = at.field("url");
            let url = url.as_ref();
            match values::url(url) {
                Ok(host) => domain_rule(c, &path, host, "link"),
                Err(e) => c.report(
                    &path,
                    format!("the link {} is not valid: {e}", quote(url)),
                    None,
                ),
            }
        }
        ChannelDef::Email { address, .. } => {
            let path = at.field("address");
            let address = address.as_ref();
            match values::email(address) {
                Ok(domain) => domain_rule(c, &path, domain, "address"),
                Err(e) => c.report(
                    &path,
                    format!("the email address {} is not valid: {e}", quote(address)),
                    None,
                ),
            }
        }
        ChannelDef::Phone { number, .. } => {
            let number = number.as_ref();
            if let Err(e) = values::phone(number) {
                c.report(
                    &at.field("number"),
                    format!("the phone number {} is not valid: {e}", quote(number)),
                    None,
                );
            }
        }
        ChannelDef::Postal { lines, .. } => {
            if lines.len() < 2 {
                c.report(
                    &at.field("lines"),
                    "a postal address needs at least two lines (recipient and place)".into(),
                    None,
                );
            }
            for (i, l) in lines.iter().enumerate() {
                c.text(
                    &at.field("lines").index(i),
                    "an address line",
                    l.as_ref(),
                    Text::Label,
                );
            }
        }
        ChannelDef::InApp { steps, .. } => {
            if steps.is_empty() {
                c.report(
                    &at.field("steps"),
                    "an in-app channel needs the steps to follow".into(),
                    Some("list what to tap, in order"),
                );
            }
            for (i, s) in steps.iter().enumerate() {
                c.text(
                    &at.field("steps").index(i),
                    "a step",
                    s.as_ref(),
                    Text::Long,
                );
            }
        }
    }
}
