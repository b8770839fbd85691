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
    Outcome {
        title: String,
        /// The one thing to do now, first thing on the screen.
        action: String,
        #[serde(default)]
        prepare: Vec<String>,
        channels: Vec<ChannelDef>,
        #[serde(default)]
        expect: Vec<String>,
        /// Extra words for search ("died", "passed away") beyond those in the text.
        #[serde(default)]
        keywords: Vec<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceDef {
    pub id: String,
    pub label: String,
    pub next: String,
}

/// A way to reach the platform, as a validator and the wizard use it: one struct for
/// every kind. In the file each kind is written as its own variant
/// (`Form(label: ..., url: ...)`); [`channel_kinds!`] declares those variants and the
/// fields every kind shares in one place.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "ChannelFile")]
pub struct ChannelDef {
    pub label: String,
    pub reach: Reach,
    pub note: Option<String>,
    pub source: String,
    pub checked: String,
    pub confidence: Confidence,
}

/// The kind of a channel and its value: what the person uses to get in touch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    Form { url: String },
    Web { url: String },
    Email { address: String },
    Phone { number: String },
    Postal { lines: Vec<String> },
    InApp { steps: Vec<String> },
}

/// Declares the channel kinds as the file writes them, each with its value field and
/// the fields every kind shares, and their conversion into a [`ChannelDef`].
macro_rules! channel_kinds {
    ($($kind:ident { $value:ident: $ty:ty }),* $(,)?) => {
        /// A channel exactly as written in the file.
        #[derive(Deserialize)]
        #[serde(rename = "Channel", deny_unknown_fields)]
        enum ChannelFile {
            $($kind {
                label: String,
                $value: $ty,
                #[serde(default)]
                note: Option<String>,
                source: String,
                checked: String,
                confidence: Confidence,
            },)*
        }

        impl From<ChannelFile> for ChannelDef {
            fn from(file: ChannelFile) -> ChannelDef {
                match file {
                    $(ChannelFile::$kind { label, $value, note, source, checked, confidence } => {
                        ChannelDef {
                            label,
                            reach: Reach::$kind { $value },
                            note,
                            source,
                            checked,
                            confidence,
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

/// How sure we are that a channel is real and current.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Confidence {
    /// Read on the platform's own pages.
    Official,
    /// Read in one of the published how-to articles the content comes from.
    Seed,
    /// Read in third-party articles, usually more than one.
    ThirdParty,
    /// Only seen in public code or data files; treat with care.
    Weak,
}

impl Confidence {
    pub const ALL: [Confidence; 4] = [
        Confidence::Official,
        Confidence::Seed,
        Confidence::ThirdParty,
        Confidence::Weak,
    ];

    /// Short name used in JSON and by authors.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Official => "Official",
            Confidence::Seed => "Seed",
            Confidence::ThirdParty => "ThirdParty",
            Confidence::Weak => "Weak",
        }
    }

    /// What the level means, in words a person under stress reads in one go.
    pub fn describe(self) -> &'static str {
        match self {
            Confidence::Official => "confirmed on the platform's own pages",
            Confidence::Seed => "from a published guide, not confirmed on an official page",
            Confidence::ThirdParty => "from third-party sources, not confirmed on an official page",
            Confidence::Weak => "weakly sourced (public code or data files only); double-check it",
        }
    }
}

/// Deserialize a RON map into a `Vec` of entries, keeping order and duplicates.
fn entries<'de, D, K, V>(d: D) -> Result<Vec<(K, V)>, D::Error>
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
