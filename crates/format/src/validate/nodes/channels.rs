//! The checks of one way to get help: its label, note and date, its address, and the
//! source that vouches for it (a draft it carries is checked in [`super::drafts`]).

use super::drafts::check_draft;
use crate::locate::Seg::{self, Field, Index};
use crate::model::{Channel, Reach, Source};
use crate::text::quote;
use crate::validate::{At, Checker, Text, values};

pub(super) fn check_channel(c: &mut Checker, here: &[Seg], ch: &Channel) {
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
