//! Search every outcome of every platform by words ("died", "copyright", "hacked"),
//! with the fewest answers that lead to each. Pure: no IO, no terminal.
//!
//! Every word of the query must occur (as a substring, ignoring case) somewhere in an
//! outcome's text, its keywords, its platform's names or the answers on its path. Hits
//! are ranked by where the words occur: a word in the title or keywords counts more than
//! one in the small print.

use crate::catalog::Catalog;
use crate::engine::{Step, shortest_paths};
use crate::wizard::{NodeIdx, Outcome, Wizard};

/// One outcome that search can find, with the path to it.
#[derive(Debug, Clone)]
pub struct Entry<'c> {
    pub wizard: &'c Wizard,
    pub node: NodeIdx,
    pub outcome: &'c Outcome,
    /// The fewest answers that reach the outcome, from the platform's first question.
    pub steps: Vec<Step>,
    /// The labels of the choices on that path, in order.
    pub path: Vec<&'c str>,
    /// Lower-cased searchable text with its weight.
    fields: Vec<(u32, String)>,
}

/// Every reachable outcome of a catalog, ready to search.
#[derive(Debug, Clone)]
pub struct Index<'c> {
    entries: Vec<Entry<'c>>,
}

const TITLE: u32 = 8;
const KEYWORD: u32 = 8;
const PLATFORM: u32 = 4;
const PATH: u32 = 3;
const ACTION: u32 = 2;
const DETAIL: u32 = 1;

impl<'c> Index<'c> {
    pub fn new(catalog: &'c Catalog) -> Index<'c> {
        let mut entries = Vec::new();
        for wizard in catalog.wizards() {
            let paths = shortest_paths(wizard);
            let platform: Vec<(u32, String)> = std::iter::once(&wizard.title)
                .chain(&wizard.keywords)
                .map(|s| (PLATFORM, s.to_lowercase()))
                .collect();
            for (node, (n, path)) in wizard.nodes.iter().zip(paths).enumerate() {
                let (Some(outcome), Some(steps)) = (n.outcome(), path) else {
                    continue;
                };
                let labels: Vec<&str> = steps
                    .iter()
                    .map(|s| s.in_wizard(wizard).1.label.as_str())
                    .collect();
                let mut fields = platform.clone();
                fields.push((TITLE, outcome.title.to_lowercase()));
                fields.extend(outcome.keywords.iter().map(|k| (KEYWORD, k.to_lowercase())));
                fields.extend(labels.iter().map(|l| (PATH, l.to_lowercase())));
                fields.push((ACTION, outcome.action.to_lowercase()));
                let details = outcome.prepare.iter().chain(&outcome.expect);
                fields.extend(details.map(|t| (DETAIL, t.to_lowercase())));
                for ch in &outcome.channels {
                    fields.push((DETAIL, ch.label.to_lowercase()));
                    fields.push((DETAIL, ch.reach.kind_name().to_lowercase()));
                    fields.push((DETAIL, ch.reach.value().to_lowercase()));
                    if let Some(note) = &ch.note {
                        fields.push((DETAIL, note.to_lowercase()));
                    }
                }
                entries.push(Entry {
                    wizard,
                    node,
                    outcome,
                    steps,
                    path: labels,
                    fields,
                });
            }
        }
        Index { entries }
    }

    pub fn entries(&self) -> &[Entry<'c>] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Indices into [`Index::entries`] of the outcomes matching every word of `query`,
    /// best first (ties keep catalog order). An empty query matches everything.
    pub fn search(&self, query: &str) -> Vec<usize> {
        let words = words(query);
        let mut hits: Vec<(u32, usize)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| score(e, &words).map(|s| (s, i)))
            .collect();
        hits.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, i)| i).collect()
    }
}

/// The query as lower-case words; punctuation separates words.
fn words(query: &str) -> Vec<String> {
    query
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '@' && c != '.')
        .map(|w| w.trim_matches(['\'', '.']))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The sum over the words of the best weight of a field containing it (a word that
/// starts a word of the field counts double); `None` if some word is found nowhere.
fn score(entry: &Entry, words: &[String]) -> Option<u32> {
    let mut total = 0;
    for w in words {
        let best = entry
            .fields
            .iter()
            .filter_map(|(weight, text)| {
                let at = text.find(w.as_str())?;
                let starts_word = text[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                Some(weight * if starts_word { 2 } else { 1 })
            })
            .max()?;
        total += best;
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load;
    use crate::validate::Limits;

    fn catalog() -> Catalog {
        let text = r#"Wizard(id: "ex", title: "Example", keywords: ["exm"], official_domains: ["example.com"], start: "q",
           nodes: {
             "q": Question(text: "What happened?", choices: [
                 (id: "died", label: "Someone has died", next: "memorial"),
                 (id: "hack", label: "My account was hacked", next: "q2"),
             ]),
             "q2": Question(text: "Can you log in?", choices: [
                 (id: "yes", label: "Yes", next: "secure"),
                 (id: "no", label: "No", next: "recover"),
             ]),
             "memorial": Outcome(title: "Memorialise the account", action: "Send the form.", keywords: ["deceased"],
                  channels: [Web(label: "Form", url: "https://example.com/m", source: Official(title: "t", url: "https://example.com/help"), checked: "2026-11")]),
             "secure": Outcome(title: "Secure your account", action: "Change your password.",
                  channels: [Web(label: "Security page", url: "https://example.com/s", source: Official(title: "t", url: "https://example.com/help"), checked: "2026-11")]),
             "recover": Outcome(title: "Recover a hacked account", action: "Use the recovery page.",
                  channels: [Email(label: "Support", address: "help@example.com", source: Official(title: "t", url: "https://example.com/help"), checked: "2026-11")]),
           })"#;
        Catalog::new(vec![
            load("t.ron", text.as_bytes(), &Limits::default()).unwrap(),
        ])
    }

    fn titles<'a>(index: &'a Index, query: &str) -> Vec<&'a str> {
        index
            .search(query)
            .into_iter()
            .map(|i| index.entries()[i].outcome.title.as_str())
            .collect()
    }

    #[test]
    fn every_word_must_match_and_titles_rank_first() {
        let c = catalog();
        let index = Index::new(&c);
        assert_eq!(index.len(), 3);
        // "hacked" is in one title and on the path of another.
        assert_eq!(
            titles(&index, "hacked"),
            ["Recover a hacked account", "Secure your account"]
        );
        assert_eq!(
            titles(&index, "HACKED recovery"),
            ["Recover a hacked account"]
        );
        assert_eq!(titles(&index, "died"), ["Memorialise the account"]);
        assert_eq!(titles(&index, "deceased"), ["Memorialise the account"]);
        assert_eq!(
            titles(&index, "help@example.com"),
            ["Recover a hacked account"]
        );
        assert!(titles(&index, "copyright").is_empty());
        assert_eq!(titles(&index, "  ").len(), 3);
    }

    #[test]
    fn a_hit_carries_the_shortest_path() {
        let c = catalog();
        let index = Index::new(&c);
        let hit = &index.entries()[index.search("recover")[0]];
        assert_eq!(hit.path, ["My account was hacked", "No"]);
        assert_eq!(hit.steps.len(), 2);
        let walk = crate::engine::Walk::from_steps(hit.wizard, hit.steps.clone());
        assert_eq!(walk.outcome().unwrap().title, "Recover a hacked account");
    }
}
