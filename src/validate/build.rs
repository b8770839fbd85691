//! The checked definition becomes the `Wizard` the engine walks.

use super::*;

/// The checked definition → the wizard the engine walks. Every string moves over (or,
/// when it was borrowed from the text, is copied once).
pub(crate) fn build<S: Into<String>>(
    def: WizardDef<S>,
    checked: Checked,
    origin: &str,
    content_hash: u64,
) -> Wizard {
    fn owned<S: Into<String>>(list: Vec<S>) -> Vec<String> {
        list.into_iter().map(Into::into).collect()
    }
    let graph = checked.graph();
    let nodes = def
        .nodes
        .into_iter()
        .enumerate()
        .map(|(i, (id, node))| {
            let kind = match node {
                NodeDef::Question {
                    text,
                    help,
                    choices,
                } => NodeKind::Question(Question {
                    text: text.into(),
                    help: help.map(Into::into),
                    choices: choices
                        .into_iter()
                        .zip(graph.of(i))
                        .map(|(ch, e)| Choice {
                            id: ch.id.into(),
                            label: ch.label.into(),
                            next: e.target,
                        })
                        .collect(),
                }),
                NodeDef::Outcome {
                    title,
                    action,
                    prepare,
                    channels,
                    expect,
                    keywords,
                } => NodeKind::Outcome(Outcome {
                    title: title.into(),
                    action: action.into(),
                    prepare: owned(prepare),
                    channels: channels.into_iter().map(channel).collect(),
                    expect: owned(expect),
                    keywords: owned(keywords),
                }),
            };
            Node {
                id: id.into(),
                kind,
            }
        })
        .collect();
    Wizard::new_validated(WizardParts {
        id: def.id.into(),
        title: def.title.into(),
        keywords: owned(def.keywords),
        official_domains: owned(def.official_domains),
        start: checked.start,
        nodes,
        origin: origin.to_string(),
        content_hash,
        index: checked.index,
    })
}

fn channel<S: Into<String>>(def: ChannelDef<S>) -> Channel {
    let (label, note, source, checked, confidence, reach) = match def {
        ChannelDef::Form {
            label,
            url,
            note,
            source,
            checked,
            confidence,
        } => (
            label,
            note,
            source,
            checked,
            confidence,
            Reach::Form { url: url.into() },
        ),
        ChannelDef::Web {
            label,
            url,
            note,
            source,
            checked,
            confidence,
        } => (
            label,
            note,
            source,
            checked,
            confidence,
            Reach::Web { url: url.into() },
        ),
        ChannelDef::Email {
            label,
            address,
            note,
            source,
            checked,
            confidence,
        } => (
            label,
            note,
            source,
            checked,
            confidence,
            Reach::Email {
                address: address.into(),
            },
        ),
        ChannelDef::Phone {
            label,
            number,
            note,
            source,
            checked,
            confidence,
        } => (
            label,
            note,
            source,
            checked,
            confidence,
            Reach::Phone {
                number: number.into(),
            },
        ),
        ChannelDef::Postal {
            label,
            lines,
            note,
            source,
            checked,
            confidence,
        } => (
            label,
            note,
            source,
            checked,
            confidence,
            Reach::Postal {
                lines: lines.into_iter().map(Into::into).collect(),
            },
        ),
        ChannelDef::InApp {
            label,
            steps,
            note,
            source,
            checked,
            confidence,
        } => (
            label,
            note,
            source,
            checked,
            confidence,
            Reach::InApp {
                steps: steps.into_iter().map(Into::into).collect(),
            },
        ),
    };
    Channel {
        label: label.into(),
        reach,
        note: note.map(Into::into),
        source: source.into(),
        checked: checked.into(),
        confidence,
    }
}
