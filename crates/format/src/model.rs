//! The RON wizard format, exactly as authors write it.
//!
//! These types mirror the file one to one (see `docs/wizard-format.md`); nothing here is
//! resolved or checked beyond what serde does. `validate` turns a [`WizardDef`] into a
//! [`crate::wizard::Wizard`]. Every struct denies unknown fields, so a typo is an error
//! with a position, not a silently ignored line.

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One wizard file: one platform.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename = "Wizard", deny_unknown_fields)]
pub struct WizardDef {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub official_domains: Vec<String>,
    pub start: String,
    /// Kept in file order and with duplicates, so `validate` can report a repeated id
    /// (a map type would silently keep only the last one).
    #[serde(deserialize_with = "entries")]
    pub nodes: Vec<(String, NodeDef)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum NodeDef {
    Question {
        text: String,
        #[serde(default)]
        help: Option<String>,
        choices: Vec<ChoiceDef>,
    },
    /// Written `Outcome(title: ..., ...)`: the reader unwraps the variant's one struct.
    Outcome(Outcome),
}

/// An end of the walk: what to do, and where to get help. The wizard keeps it as read.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub title: String,
    /// Shown before everything else: what could put the person at risk on this route
    /// (a report that shares their name with the person they report).
    #[serde(default)]
    pub warning: Option<String>,
    /// The one thing to do now, first thing on the screen.
    pub action: String,
    #[serde(default)]
    pub prepare: Vec<String>,
    pub channels: Vec<Channel>,
    #[serde(default)]
    pub expect: Vec<String>,
    /// Extra words for search ("died", "passed away") beyond those in the text.
    #[serde(default)]
    pub keywords: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceDef {
    pub id: String,
    pub label: String,
    pub next: String,
}

/// A way to reach the platform, as the validator and the wizard use it: one struct for
/// every kind. In the file each kind is written as its own variant
/// (`Form(label: ..., url: ...)`); [`channel_kinds!`] declares those variants and the
/// fields every kind shares in one place.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "ChannelFile")]
pub struct Channel {
    pub label: String,
    pub reach: Reach,
    pub note: Option<String>,
    pub source: Source,
    pub checked: String,
    pub draft: Option<Draft>,
}

/// A message reachout writes for the person: the few things it needs to ask, and the
/// subject and body with a `{field}` for each answer. Written in English like the rest
/// of the tree; `language` is the one the support team reads, and for any other than
/// English the message sent is that language's translation of this draft.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// The language the message is sent in: `en`, `ru`, ...
    pub language: String,
    /// An e-mail's subject line (required on e-mail, not used elsewhere). On a form, an
    /// in-app form or a letter the body is the whole message.
    #[serde(default)]
    pub subject: Option<String>,
    pub body: String,
    #[serde(default)]
    pub fields: Vec<Field>,
}

/// One thing to ask before the message can be written.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// The placeholder's name: `{name}` in the subject or body.
    pub id: String,
    /// The question, as the person is asked it.
    pub ask: String,
    pub kind: FieldKind,
    #[serde(default = "required")]
    pub required: bool,
    #[serde(default)]
    pub help: Option<String>,
}

fn required() -> bool {
    true
}

/// What kind of answer a field takes, and so how it is checked.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub enum FieldKind {
    /// Any text on one line.
    Text,
    /// A day that has already happened, as YYYY-MM-DD.
    Date,
    Email,
    /// A phone number in international format.
    Phone,
    /// An account name on the platform (`@` optional).
    Username,
    /// A web address (of a profile, a post, the original work).
    Url,
    /// One of these answers; each `label` is what goes into the message.
    Choice(Vec<ChoiceOption>),
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub id: String,
    pub label: String,
}

/// Where a channel was confirmed. The kind says how sure we are ([`Confidence`]).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Source {
    /// The platform's (or the organisation's) own page: its title and address, on one
    /// of the wizard's official domains.
    Official { title: String, url: String },
    /// One of the published how-to articles the content started from, by its title and
    /// the code of the language it is written in (`ka`, `bn`, ...).
    Seed { title: String, language: String },
    /// A page of someone else's, cited only where no official page confirms the channel.
    ThirdParty { title: String, url: String },
}

impl Source {
    pub fn confidence(&self) -> Confidence {
        match self {
            Source::Official { .. } => Confidence::Official,
            Source::Seed { .. } => Confidence::Seed,
            Source::ThirdParty { .. } => Confidence::ThirdParty,
        }
    }

    pub fn title(&self) -> &str {
        match self {
            Source::Official { title, .. }
            | Source::Seed { title, .. }
            | Source::ThirdParty { title, .. } => title,
        }
    }

    /// The page's address; a seed article has none we could give.
    pub fn url(&self) -> Option<&str> {
        match self {
            Source::Official { url, .. } | Source::ThirdParty { url, .. } => Some(url),
            Source::Seed { .. } => None,
        }
    }
}

/// A citation as a person reads it: the page's title and address, or the article's
/// title and language.
impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Official { title, url } | Source::ThirdParty { title, url } => {
                write!(f, "{title} ({url})")
            }
            Source::Seed { title, language } => {
                write!(f, "{title} (a how-to article in {language})")
            }
        }
    }
}

/// Declares the channel kinds once: [`Reach`] (the kind and its value), the variants as
/// the file writes them (each kind with its value field and the fields every kind
/// shares), and their conversion into a [`Channel`].
macro_rules! channel_kinds {
    ($($kind:ident { $value:ident: $ty:ty }),* $(,)?) => {
        /// The kind of a channel and its value: what the person uses to get in touch.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Reach {
            $($kind { $value: $ty },)*
        }

        /// A channel exactly as written in the file.
        #[derive(Deserialize)]
        #[serde(rename = "Channel", deny_unknown_fields)]
        enum ChannelFile {
            $($kind {
                label: String,
                $value: $ty,
                #[serde(default)]
                note: Option<String>,
                source: Source,
                checked: String,
                #[serde(default)]
                draft: Option<Draft>,
            },)*
        }

        impl From<ChannelFile> for Channel {
            fn from(file: ChannelFile) -> Channel {
                match file {
                    $(ChannelFile::$kind { label, $value, note, source, checked, draft } => {
                        Channel {
                            label,
                            reach: Reach::$kind { $value },
                            note,
                            source,
                            checked,
                            draft,
                        }
                    })*
                }
            }
        }
    };
}

channel_kinds! {
    Form { url: String },
    Web { url: String },
    Email { address: String },
    Phone { number: String },
    Postal { lines: Vec<String> },
    InApp { steps: Vec<String> },
}

/// How sure we are that a channel is real and current: the kind of its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Confidence {
    /// Read on the platform's own pages.
    Official,
    /// Read in one of the published how-to articles the content comes from.
    Seed,
    /// Read in third-party pages only.
    ThirdParty,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [
        Confidence::Official,
        Confidence::Seed,
        Confidence::ThirdParty,
    ];

    /// Short name used in JSON and by authors.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Official => "Official",
            Confidence::Seed => "Seed",
            Confidence::ThirdParty => "ThirdParty",
        }
    }

    /// What the level means, in words a person under stress reads in one go.
    pub fn describe(self) -> &'static str {
        match self {
            Confidence::Official => "confirmed on the platform's own pages",
            Confidence::Seed => "from a published guide, not confirmed on the platform's own pages",
            Confidence::ThirdParty => {
                "only other websites mention it; not confirmed on the platform's own pages"
            }
        }
    }
}

/// Deserialize a RON map into a `Vec` of entries, keeping order and duplicates.
pub(crate) fn entries<'de, D, K, V>(d: D) -> Result<Vec<(K, V)>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de>,
    V: Deserialize<'de>,
{
    struct Entries<K, V>(std::marker::PhantomData<(K, V)>);
    impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for Entries<K, V> {
        type Value = Vec<(K, V)>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a map of node id to node, like { \"start\": Question(...) }")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(entry) = map.next_entry()? {
                out.push(entry);
            }
            Ok(out)
        }
    }
    d.deserialize_map(Entries(std::marker::PhantomData))
}
