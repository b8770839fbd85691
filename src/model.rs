//! The RON wizard format, exactly as authors write it.
//!
//! These types mirror the file shape one to one (see `docs/wizard-format.md`); nothing here
//! is resolved or checked beyond what serde does. `validate` turns a [`WizardDef`] into a
//! [`crate::wizard::Wizard`]. Every struct denies unknown fields so a typo is an error with
//! a position, not a silently ignored line.
//!
//! The types are generic over the string type `S`, `String` by default: `ron` fills
//! them with owned strings, while the fast reader in `load` borrows from the text
//! (`Cow<str>`), so `check` can judge a file without copying every string in it.

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One wizard file: one platform.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename = "Wizard", deny_unknown_fields)]
pub struct WizardDef<S = String> {
    pub id: S,
    pub title: S,
    #[serde(default)]
    pub keywords: Vec<S>,
    #[serde(default)]
    pub official_domains: Vec<S>,
    pub start: S,
    /// Kept in file order and with duplicates, so `validate` can report a repeated id
    /// (a map type would silently keep only the last one).
    #[serde(deserialize_with = "entries")]
    pub nodes: Vec<(S, NodeDef<S>)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum NodeDef<S = String> {
    Question {
        text: S,
        #[serde(default)]
        help: Option<S>,
        choices: Vec<ChoiceDef<S>>,
    },
    Outcome {
        title: S,
        /// The one thing to do now, first thing on the screen.
        action: S,
        #[serde(default)]
        prepare: Vec<S>,
        channels: Vec<ChannelDef<S>>,
        #[serde(default)]
        expect: Vec<S>,
        /// Extra words for search ("died", "passed away") beyond those in the text.
        #[serde(default)]
        keywords: Vec<S>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceDef<S = String> {
    pub id: S,
    pub label: S,
    pub next: S,
}

/// A way to reach the platform. Every kind carries its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum ChannelDef<S = String> {
    Form {
        label: S,
        url: S,
        #[serde(default)]
        note: Option<S>,
        source: S,
        checked: S,
        confidence: Confidence,
    },
    Web {
        label: S,
        url: S,
        #[serde(default)]
        note: Option<S>,
        source: S,
        checked: S,
        confidence: Confidence,
    },
    Email {
        label: S,
        address: S,
        #[serde(default)]
        note: Option<S>,
        source: S,
        checked: S,
        confidence: Confidence,
    },
    Phone {
        label: S,
        number: S,
        #[serde(default)]
        note: Option<S>,
        source: S,
        checked: S,
        confidence: Confidence,
    },
    Postal {
        label: S,
        lines: Vec<S>,
        #[serde(default)]
        note: Option<S>,
        source: S,
        checked: S,
        confidence: Confidence,
    },
    InApp {
        label: S,
        steps: Vec<S>,
        #[serde(default)]
        note: Option<S>,
        source: S,
        checked: S,
        confidence: Confidence,
    },
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
            // The size hint comes from the file; never trust it for an allocation.
            let mut out = Vec::with_capacity(map.size_hint().unwrap_or(0).min(1024));
            while let Some(entry) = map.next_entry()? {
                out.push(entry);
            }
            Ok(out)
        }
    }
    d.deserialize_map(Entries(std::marker::PhantomData))
}
