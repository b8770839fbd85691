//! All loaded wizards, and the journey through them that every front end shares: first
//! "Which app or site do you need help with?" (built from the wizards' titles), then the
//! chosen platform's walk. Pure: no IO.

use crate::engine::{EngineError, Walk};
use crate::wizard::{Outcome, Question, Wizard};

pub const PICKER_QUESTION: &str = "Which app or site do you need help with?";
const PICKER_HELP: &str =
    "Choose where the account or the problem is. You can go back and change it later.";

#[derive(Debug)]
pub struct Catalog {
    wizards: Vec<Wizard>,
}

impl Catalog {
    /// Wizards are offered in title order, so adding a file never reshuffles by accident.
    pub fn new(mut wizards: Vec<Wizard>) -> Catalog {
        wizards.sort_by_key(|w| w.title.to_lowercase());
        Catalog { wizards }
    }

    pub fn wizards(&self) -> &[Wizard] {
        &self.wizards
    }

    pub fn get(&self, id: &str) -> Option<&Wizard> {
        self.wizards.iter().find(|w| w.id == id)
    }

    /// By id, title or keyword, ignoring case ("insta", "VK", "ok.ru").
    pub fn find(&self, query: &str) -> Option<&Wizard> {
        self.get(query)
            .or_else(|| self.wizards.iter().find(|w| w.answers_to(query)))
    }

    /// Every name a user may type for a platform, for "did you mean" lists.
    pub fn names(&self) -> String {
        self.wizards
            .iter()
            .map(|w| w.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// What to show now: a question (the picker or a wizard's) or an outcome.
#[derive(Debug, Clone)]
pub enum View<'c> {
    Question(Prompt<'c>),
    Outcome(&'c Wizard, &'c Outcome),
}

/// A question ready to show, whether it is the picker or a wizard's own.
#[derive(Debug, Clone)]
pub struct Prompt<'c> {
    /// The platform title, or `None` on the picker.
    pub platform: Option<&'c str>,
    pub text: &'c str,
    pub help: Option<&'c str>,
    pub choices: Vec<&'c str>,
}

impl<'c> Prompt<'c> {
    fn of(platform: &'c Wizard, q: &'c Question) -> Prompt<'c> {
        Prompt {
            platform: Some(&platform.title),
            text: &q.text,
            help: q.help.as_deref(),
            choices: q.choices.iter().map(|c| c.label.as_str()).collect(),
        }
    }
}

/// Where a person is: on the picker, or inside one platform's walk.
#[derive(Debug, Clone)]
pub struct Journey<'c> {
    catalog: &'c Catalog,
    /// Whether the picker was offered; if so, going back from a platform's first
    /// question returns to it.
    picker: bool,
    walk: Option<Walk<'c>>,
}

impl PartialEq for Journey<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.catalog, other.catalog)
            && self.picker == other.picker
            && self.walk == other.walk
    }
}

impl<'c> Journey<'c> {
    /// Start at the picker (or straight in the only platform there is).
    pub fn new(catalog: &'c Catalog) -> Journey<'c> {
        match catalog.wizards() {
            [only] => Journey::within(catalog, only),
            _ => Journey {
                catalog,
                picker: true,
                walk: None,
            },
        }
    }

    /// Start inside one platform; the picker is not offered.
    pub fn within(catalog: &'c Catalog, wizard: &'c Wizard) -> Journey<'c> {
        Journey {
            catalog,
            picker: false,
            walk: Some(Walk::new(wizard)),
        }
    }

    /// Continue a walk (a resumed session or a search result).
    pub fn resume(catalog: &'c Catalog, walk: Walk<'c>, picker: bool) -> Journey<'c> {
        Journey {
            catalog,
            picker: picker && catalog.wizards().len() > 1,
            walk: Some(walk),
        }
    }

    pub fn catalog(&self) -> &'c Catalog {
        self.catalog
    }

    pub fn walk(&self) -> Option<&Walk<'c>> {
        self.walk.as_ref()
    }

    pub fn offers_picker(&self) -> bool {
        self.picker
    }

    pub fn view(&self) -> View<'c> {
        match &self.walk {
            None => View::Question(Prompt {
                platform: None,
                text: PICKER_QUESTION,
                help: Some(PICKER_HELP),
                choices: self
                    .catalog
                    .wizards()
                    .iter()
                    .map(|w| w.title.as_str())
                    .collect(),
            }),
            Some(walk) => match walk.question() {
                Some(q) => View::Question(Prompt::of(walk.wizard(), q)),
                None => View::Outcome(
                    walk.wizard(),
                    walk.outcome().expect("a node is a question or an outcome"),
                ),
            },
        }
    }

    /// Number of answers given, counting the platform choice.
    pub fn depth(&self) -> usize {
        let picked = usize::from(self.picker && self.walk.is_some());
        picked + self.walk.as_ref().map_or(0, |w| w.steps().len())
    }

    /// Choose by 0-based index on the current question.
    pub fn choose(&mut self, choice: usize) -> Result<(), EngineError> {
        match &mut self.walk {
            None => {
                let count = self.catalog.wizards().len();
                let wizard =
                    self.catalog
                        .wizards()
                        .get(choice)
                        .ok_or(EngineError::NoSuchChoice {
                            number: choice + 1,
                            count,
                        })?;
                self.walk = Some(Walk::new(wizard));
                Ok(())
            }
            Some(walk) => walk.choose(choice),
        }
    }

    /// One step back. `false` when already at the very first question.
    pub fn back(&mut self) -> bool {
        match &mut self.walk {
            Some(walk) if !walk.steps().is_empty() => walk.back(),
            Some(_) if self.picker => {
                self.walk = None;
                true
            }
            _ => false,
        }
    }

    /// Drop every answer: back to the picker if it was offered, else the first question.
    pub fn restart(&mut self) {
        if self.picker {
            self.walk = None;
        } else if let Some(walk) = &mut self.walk {
            walk.restart();
        }
    }

    pub fn is_finished(&self) -> bool {
        self.walk.as_ref().is_some_and(Walk::is_finished)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load;
    use crate::validate::Limits;

    fn wizard(id: &str, title: &str) -> Wizard {
        let text = format!(
            r#"Wizard(id: "{id}", title: "{title}", keywords: ["k{id}"], official_domains: ["example.com"], start: "q",
               nodes: {{
                 "q": Question(text: "Q?", choices: [(id: "a", label: "A", next: "o"), (id: "b", label: "B", next: "o")]),
                 "o": Outcome(title: "O", action: "Do it.", channels: [Web(label: "Site", url: "https://example.com",
                      source: "test", checked: "2026-11", confidence: Official)]),
               }})"#
        );
        load("t.ron", text.as_bytes(), &Limits::default()).unwrap()
    }

    #[test]
    fn picker_lists_titles_in_order_and_back_returns_to_it() {
        let catalog = Catalog::new(vec![wizard("zz", "Zulu"), wizard("aa", "Alpha")]);
        let mut j = Journey::new(&catalog);
        let View::Question(p) = j.view() else {
            panic!()
        };
        assert_eq!(p.text, PICKER_QUESTION);
        assert_eq!(p.choices, vec!["Alpha", "Zulu"]);
        j.choose(1).unwrap();
        assert_eq!(j.walk().unwrap().wizard().id, "zz");
        assert_eq!(j.depth(), 1);
        j.choose(0).unwrap();
        assert!(j.is_finished());
        assert!(j.back());
        assert!(j.back());
        assert!(j.walk().is_none());
        assert!(!j.back());
    }

    #[test]
    fn a_platform_given_up_front_has_no_picker_to_go_back_to() {
        let catalog = Catalog::new(vec![wizard("zz", "Zulu"), wizard("aa", "Alpha")]);
        let mut j = Journey::within(&catalog, catalog.find("KZZ").unwrap());
        assert!(!j.back());
        j.choose(0).unwrap();
        j.restart();
        assert_eq!(j.depth(), 0);
        assert!(j.walk().is_some());
    }
}
