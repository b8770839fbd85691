//! Search every outcome of every platform by words ("died", "copyright", "hacked"),
//! with the fewest answers that lead to each. Pure: no IO, no terminal.
//!
//! A person under stress types what they can: a word in another form ("photo" for
//! "photos", "hacking" for "hacked"), a typo ("copyrigth"), no accents ("zgubilem" for
//! "zgubiłem"), in their language or in English. So a word of the query matches a word
//! of an outcome's text, keywords, platform names or the answers on its path when it
//! is the same word, begins it, shares its stem, or (from five letters) is one edit
//! away, case and accents aside. The texts are searched in the person's language and
//! in English. Outcomes with every word of the query come first and alone; when none
//! has them all, those with some are shown, the most words first. Within that, a word
//! in the title or keywords counts more than one in the small print, and a word found
//! as typed more than one found by its stem or a typo.

use crate::catalog::Catalog;
use crate::engine::{Step, shortest_paths};
use crate::wizard::{NodeIdx, Outcome, Wizard};

/// One outcome that search can find, with the path to it.
#[derive(Debug, Clone)]
pub struct Entry<'c> {
    /// The platform's wizard in the language searched (the same tree as English).
    pub wizard: &'c Wizard,
    pub node: NodeIdx,
    pub outcome: &'c Outcome,
    /// The fewest answers that reach the outcome, from the platform's first question.
    pub steps: Vec<Step>,
    /// The labels of the choices on that path, in order.
    pub path: Vec<&'c str>,
    /// The searchable words (folded: lower case, no accents), each with its weight.
    words: Vec<(u32, String)>,
}

/// Every reachable outcome of a catalog, ready to search.
#[derive(Debug, Clone)]
pub struct Index<'c> {
    entries: Vec<Entry<'c>>,
}

/// What a search found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// Indices into [`Index::entries`], best first.
    pub hits: Vec<usize>,
    /// No outcome has every word: these have some of them.
    pub partial: bool,
}

const TITLE: u32 = 8;
const KEYWORD: u32 = 8;
const PLATFORM: u32 = 4;
const PATH: u32 = 3;
const ACTION: u32 = 2;
const DETAIL: u32 = 1;

/// How well a word of the query matches a word of the text.
const SAME: u32 = 4;
const BEGINS: u32 = 3;
const STEM: u32 = 2;
const TYPO: u32 = 1;

impl<'c> Index<'c> {
    /// The index in English.
    pub fn new(catalog: &'c Catalog) -> Index<'c> {
        Index::in_language(catalog, "en")
    }

    /// The index of the platforms' texts in `lang` and in English; hits show `lang`.
    pub fn in_language(catalog: &'c Catalog, lang: &str) -> Index<'c> {
        let mut entries = Vec::new();
        for e in catalog.entries() {
            let english = e.wizard();
            let local = e.wizard_in(lang);
            let both: Vec<&Wizard> = if std::ptr::eq(english, local) {
                vec![local]
            } else {
                vec![local, english]
            };
            let paths = shortest_paths(local);
            for (node, path) in paths.into_iter().enumerate() {
                let (Some(outcome), Some(steps)) = (local.nodes[node].outcome(), path) else {
                    continue;
                };
                let labels: Vec<&str> = steps
                    .iter()
                    .map(|s| s.in_wizard(local).1.label.as_str())
                    .collect();
                let mut fields: Vec<(u32, &str)> = Vec::new();
                for w in &both {
                    fields.push((PLATFORM, &w.title));
                    fields.extend(w.keywords.iter().map(|k| (PLATFORM, k.as_str())));
                    let Some(o) = w.nodes[node].outcome() else {
                        continue;
                    };
                    fields.push((TITLE, &o.title));
                    fields.extend(o.keywords.iter().map(|k| (KEYWORD, k.as_str())));
                    fields.extend(
                        steps
                            .iter()
                            .map(|s| (PATH, s.in_wizard(w).1.label.as_str())),
                    );
                    fields.push((ACTION, &o.action));
                    let details = o.prepare.iter().chain(&o.expect);
                    fields.extend(details.map(|t| (DETAIL, t.as_str())));
                    for ch in &o.channels {
                        fields.push((DETAIL, &ch.label));
                        fields.push((DETAIL, ch.reach.kind_name()));
                        if let Some(note) = &ch.note {
                            fields.push((DETAIL, note));
                        }
                    }
                }
                let mut words: Vec<(u32, String)> = Vec::new();
                for (weight, text) in fields {
                    words.extend(words_of(text).into_iter().map(|w| (weight, w)));
                }
                // the values (addresses, links) as they are, and as words
                for ch in &outcome.channels {
                    let value = ch.reach.value();
                    words.push((DETAIL, fold(&value)));
                    words.extend(words_of(&value).into_iter().map(|w| (DETAIL, w)));
                }
                // each word once, at its best weight
                words.sort_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)));
                words.dedup_by(|a, b| a.1 == b.1);
                entries.push(Entry {
                    wizard: local,
                    node,
                    outcome,
                    steps,
                    path: labels,
                    words,
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

    /// [`Index::find`]'s hits alone.
    pub fn search(&self, query: &str) -> Vec<usize> {
        self.find(query).hits
    }

    /// The outcomes for `query`: those with every word, best first (ties keep catalog
    /// order); when there are none, those with some, the most words first. An empty
    /// query finds everything.
    pub fn find(&self, query: &str) -> Found {
        let words = words_of(query);
        // (words matched, score, entry)
        let mut scored: Vec<(usize, u32, usize)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let (count, score) = score(e, &words);
                (count > 0 || words.is_empty()).then_some((count, score, i))
            })
            .collect();
        let all = scored.iter().any(|s| s.0 == words.len());
        if all {
            scored.retain(|s| s.0 == words.len());
        }
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        Found {
            partial: !all && !scored.is_empty(),
            hits: scored.into_iter().map(|s| s.2).collect(),
        }
    }
}

/// How many of `words` an entry has, and their summed score.
fn score(entry: &Entry, words: &[String]) -> (usize, u32) {
    let mut count = 0;
    let mut total = 0;
    for q in words {
        let best = (entry.words.iter())
            .filter_map(|(weight, t)| matches(q, t).map(|m| weight * m))
            .max();
        if let Some(best) = best {
            count += 1;
            total += best;
        }
    }
    (count, total)
}

/// How well the query word `q` matches the text word `t` (both folded), if at all.
fn matches(q: &str, t: &str) -> Option<u32> {
    if q == t {
        return Some(SAME);
    }
    let (ql, tl) = (q.chars().count(), t.chars().count());
    if ql >= 3 && t.starts_with(q) {
        return Some(BEGINS);
    }
    // the same stem: "hacked" and "hacking", "photos" and "photo"
    let common = q.chars().zip(t.chars()).take_while(|(a, b)| a == b).count();
    if common >= 4 && common + 2 >= ql.min(tl) {
        return Some(STEM);
    }
    if ql >= 5 && tl >= 4 && ql.abs_diff(tl) <= 1 && strsim::osa_distance(q, t) <= 1 {
        return Some(TYPO);
    }
    None
}

/// Lower case without accents: "Zgubiłem" and "zgubilem" are one word, as are "ё"
/// and "е". Other scripts keep their letters and signs as they are.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            _ if c.is_ascii() => out.push(c),
            // Latin letters with accents, and ß, æ, ł…: as plain Latin letters
            '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => match deunicode::deunicode_char(c) {
                Some(plain) if !plain.is_empty() => out.push_str(&plain.to_lowercase()),
                _ => out.push(c),
            },
            // accents written as separate characters
            '\u{300}'..='\u{36f}' => {}
            'ё' => out.push('е'),
            _ => out.push(c),
        }
    }
    out
}

/// The words of a text, folded. Words are separated by spaces and punctuation; `@`,
/// `.` and `'` inside a word keep it whole (an address, "can't"), and the signs of
/// scripts like Bengali stay with their letters.
pub fn words_of(text: &str) -> Vec<String> {
    let folded = fold(text);
    folded
        .split(|c: char| {
            c.is_whitespace()
                || (c.is_ascii() && !c.is_ascii_alphanumeric() && !matches!(c, '@' | '.' | '\''))
                || matches!(
                    c,
                    '«' | '»'
                        | '“'
                        | '”'
                        | '„'
                        | '‘'
                        | '’'
                        | '—'
                        | '–'
                        | '…'
                        | '·'
                        | '›'
                        | '।'
                        | '¿'
                        | '¡'
                )
        })
        .map(|w| w.trim_matches(['\'', '.']))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
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
    fn words_match_in_other_forms_with_typos_and_without_accents() {
        assert_eq!(matches("photo", "photos"), Some(BEGINS));
        assert_eq!(matches("photos", "photo"), Some(STEM));
        assert_eq!(matches("hacking", "hacked"), Some(STEM));
        assert_eq!(matches("copyrihgt", "copyright"), Some(TYPO));
        assert_eq!(matches("pasword", "password"), Some(TYPO));
        // short words must be exact or begin a word; unrelated words stay apart
        assert_eq!(matches("hak", "hack"), None);
        assert!(matches("report", "repost").is_some(), "one letter apart");
        assert_eq!(matches("password", "passport"), None);
        assert_eq!(matches("died", "dead"), None);
        assert_eq!(fold("Zgubiłem TELEFON"), "zgubilem telefon");
        assert_eq!(fold("Účet zablokovaný"), "ucet zablokovany");
        assert_eq!(fold("Ещё"), "еще");
        assert_eq!(fold("ანგარიში"), "ანგარიში");
        assert_eq!(words_of("ইনস্টাগ্রামের পাসওয়ার্ড"), ["ইনস্টাগ্রামের", "পাসওয়ার্ড"]);
        assert_eq!(
            words_of("can't log in: help@example.com!"),
            ["can't", "log", "in", "help@example.com"]
        );
    }

    #[test]
    fn without_every_word_the_closest_come_first() {
        let c = catalog();
        let index = Index::new(&c);
        // "nude" is nowhere; "hacked" is: the outcomes with it, not nothing
        let found = index.find("nude hacked");
        assert!(found.partial);
        let titles: Vec<&str> = (found.hits.iter())
            .map(|&i| index.entries()[i].outcome.title.as_str())
            .collect();
        assert_eq!(titles, ["Recover a hacked account", "Secure your account"]);
        // every word somewhere: only those
        let found = index.find("hacked recover");
        assert!(!found.partial);
        assert_eq!(found.hits.len(), 1);
        // a typo and another form
        assert_eq!(
            titles_of(&index, "memorialize"),
            ["Memorialise the account"]
        );
        assert_eq!(
            titles_of(&index, "hacking"),
            ["Recover a hacked account", "Secure your account"]
        );
    }

    fn titles_of<'a>(index: &'a Index, query: &str) -> Vec<&'a str> {
        titles(index, query)
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
        assert!(
            !index.find("copyright").partial,
            "nothing found is not a partial match"
        );
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
