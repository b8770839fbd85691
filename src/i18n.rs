//! The words reachout itself says (not the wizards' content): a Fluent catalog per
//! language in `i18n/*.ftl`, built into the binary, parsed when a language is first
//! used. Fluent handles what every language here needs: plural forms (Polish, Russian,
//! Slovak and Ukrainian have three or four; Bengali and Georgian their own), and whole
//! sentences with their variables, so no sentence is put together from pieces in code.
//!
//! A message missing in a language is taken from English. Which language to speak comes
//! from `--lang`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.

pub use reachout_format::lang::{LANGUAGES, Language, language};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The catalogs, in the order of [`LANGUAGES`].
const SOURCES: [&str; LANGUAGES.len()] = [
    include_str!("../i18n/en.ftl"),
    include_str!("../i18n/ka.ftl"),
    include_str!("../i18n/bn.ftl"),
    include_str!("../i18n/pl.ftl"),
    include_str!("../i18n/sk.ftl"),
    include_str!("../i18n/ro.ftl"),
    include_str!("../i18n/ru.ftl"),
    include_str!("../i18n/uk.ftl"),
];

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: [OnceLock<Bundle>; LANGUAGES.len()] = [const { OnceLock::new() }; LANGUAGES.len()];

/// Where a language's messages come from: what reachout speaks to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    lang: &'static Language,
}

impl Default for Tr {
    fn default() -> Self {
        Tr::new(&LANGUAGES[0])
    }
}

/// A value for a message's variable.
pub enum Arg<'a> {
    Str(&'a str),
    Num(usize),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n)
    }
}

impl Tr {
    pub fn new(lang: &'static Language) -> Tr {
        Tr { lang }
    }

    /// The language with this code, or English.
    pub fn code(code: &str) -> Tr {
        Tr::new(language(code).unwrap_or(&LANGUAGES[0]))
    }

    pub fn lang(self) -> &'static Language {
        self.lang
    }

    /// The message `id` without variables.
    pub fn s(self, id: &str) -> String {
        self.args(id, &[])
    }

    /// The message `id` with its variables.
    pub fn args(self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fluent.set(*name, FluentValue::from(*s)),
                Arg::Num(n) => fluent.set(*name, FluentValue::from(*n)),
            }
        }
        let own = bundle(self.lang);
        let (b, message) = match own.get_message(id) {
            Some(m) => (own, m),
            None => match bundle(&LANGUAGES[0]).get_message(id) {
                Some(m) => (bundle(&LANGUAGES[0]), m),
                None => return id.to_string(),
            },
        };
        let Some(pattern) = message.value() else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        b.format_pattern(pattern, Some(&fluent), &mut errors)
            .into_owned()
    }

    /// Whether this language's catalog has the message `id` itself.
    pub fn has(self, id: &str) -> bool {
        bundle(self.lang).has_message(id)
    }
}

/// `tr!(t, "id")`, `tr!(t, "id", name = value, count = n)`: a message of [`Tr`] `t`.
#[macro_export]
macro_rules! tr {
    ($t:expr, $id:literal) => {
        $t.s($id)
    };
    ($t:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $t.args($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

fn bundle(lang: &'static Language) -> &'static Bundle {
    let i = LANGUAGES.iter().position(|l| l == lang).unwrap_or(0);
    BUNDLES[i].get_or_init(|| {
        let id = lang.code.parse().unwrap_or_default();
        let mut b = FluentBundle::new_concurrent(vec![id]);
        // no bidi isolation marks around variables: a terminal shows them as junk
        b.set_use_isolating(false);
        // build.rs parses every catalog, so this cannot fail in a built binary
        let resource = FluentResource::try_new(SOURCES[i].to_string()).unwrap_or_else(|(r, _)| r);
        let _ = b.add_resource(resource);
        b
    })
}

/// The message ids of a language's catalog, for completeness reports.
pub fn ids(lang: &Language) -> Vec<String> {
    let i = LANGUAGES.iter().position(|l| l == lang).unwrap_or(0);
    let resource = FluentResource::try_new(SOURCES[i].to_string()).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The language to speak: `--lang` if given, else the first locale variable that is
/// set (`LC_ALL`, `LC_MESSAGES`, `LANG`: `pl_PL.UTF-8` → Polish), else English. A
/// language reachout does not speak falls through to English.
pub fn choose(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> &'static Language {
    let from_locale = || {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|v| env(v).filter(|s| !s.is_empty()))
    };
    let wanted = match flag {
        Some(code) => Some(code.to_string()),
        None => from_locale(),
    };
    wanted
        .and_then(|w| {
            let code = w
                .split(['_', '.', '@', '-'])
                .next()
                .unwrap_or("")
                .to_lowercase();
            language(&code)
        })
        .unwrap_or(&LANGUAGES[0])
}

/// What `check` says about one catalog: its problems at file:line:col, and the English
/// messages it lacks (those fall back to English).
pub struct CatalogCheck {
    pub problems: Vec<reachout_format::diag::Diagnostic>,
    pub missing: Vec<String>,
}

/// Check a catalog against the English one: Fluent syntax, message ids English does not
/// have, and messages whose variables differ from English (`{ $platform }` must stay).
pub fn check_catalog(name: &str, text: &str) -> CatalogCheck {
    use reachout_format::diag::Diagnostic;
    let mut problems = Vec::new();
    if let Err((_, errors)) = fluent_syntax::parser::parse(text) {
        for e in errors {
            let span = e.slice.clone().unwrap_or(e.pos.clone());
            problems.push(Diagnostic::at(
                name,
                text,
                span,
                format!("Fluent syntax: {}", e.kind),
            ));
        }
    }
    let english = messages(SOURCES[0]);
    let ours = messages(text);
    for (id, (at, vars)) in &ours {
        match english.get(id) {
            None => problems.push(
                Diagnostic::at(
                    name,
                    text,
                    *at..*at + id.len(),
                    format!("{id} is not a message of the English catalog"),
                )
                .with_help("remove it, or check its spelling against i18n/en.ftl"),
            ),
            Some((_, en_vars)) if en_vars != vars => problems.push(
                Diagnostic::at(
                    name,
                    text,
                    *at..*at + id.len(),
                    format!("{id} uses other variables than English"),
                )
                .with_help(format!(
                    "use exactly these: {}",
                    en_vars
                        .iter()
                        .map(|v| format!("{{ ${v} }}"))
                        .collect::<Vec<_>>()
                        .join(" ")
                )),
            ),
            Some(_) => {}
        }
    }
    let mut missing: Vec<String> = english
        .keys()
        .filter(|id| !ours.contains_key(*id))
        .cloned()
        .collect();
    missing.sort();
    CatalogCheck { problems, missing }
}

/// Each message of a catalog: where its id starts, and the variables it uses.
fn messages(
    text: &str,
) -> std::collections::BTreeMap<String, (usize, std::collections::BTreeSet<String>)> {
    let mut out: std::collections::BTreeMap<String, (usize, std::collections::BTreeSet<String>)> =
        Default::default();
    let mut current: Option<String> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let starts_entry = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if starts_entry && let Some((id, _)) = line.split_once('=') {
            let id = id.trim().to_string();
            out.insert(id.clone(), (offset, Default::default()));
            current = Some(id);
        } else if line.starts_with('#') || (line.trim().is_empty() && !line.starts_with(' ')) {
            current = None;
        }
        if let Some(id) = &current {
            let vars = &mut out.get_mut(id).expect("inserted above").1;
            let mut rest = line;
            while let Some(i) = rest.find('$') {
                let name: String = rest[i + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                rest = &rest[i + 1 + name.len()..];
                if !name.is_empty() {
                    vars.insert(name);
                }
            }
        }
        offset += line.len();
    }
    out
}

/// The catalog of `lang` as built into the binary, checked.
pub fn check_built_in(lang: &Language) -> CatalogCheck {
    let i = LANGUAGES.iter().position(|l| l == lang).unwrap_or(0);
    check_catalog(&format!("i18n/{}.ftl", lang.code), SOURCES[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_comes_from_the_flag_then_the_locale() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(choose(None, env(&[("LANG", "pl_PL.UTF-8")])).code, "pl");
        assert_eq!(
            choose(
                None,
                env(&[("LC_ALL", "ka_GE.UTF-8"), ("LANG", "pl_PL.UTF-8")])
            )
            .code,
            "ka"
        );
        assert_eq!(
            choose(None, env(&[("LC_MESSAGES", "uk_UA"), ("LANG", "C.UTF-8")])).code,
            "uk"
        );
        assert_eq!(
            choose(Some("ru"), env(&[("LANG", "pl_PL.UTF-8")])).code,
            "ru"
        );
        assert_eq!(choose(None, env(&[("LANG", "C")])).code, "en");
        assert_eq!(choose(None, env(&[("LANG", "de_DE.UTF-8")])).code, "en");
        assert_eq!(
            choose(None, env(&[("LC_ALL", ""), ("LANG", "sk_SK.UTF-8")])).code,
            "sk"
        );
    }
}
