//! The draft's questions, one at a time: a line editor for a typed answer, numbered
//! options for a choice; each answer checked and kept before the next.

use super::{Answering, Drafting, Step};

use crate::compose::{self, Message};
use crate::draft::check_answer;
use crate::model::FieldKind;
use crate::text::clean_line;
use crate::tr;
use crate::tui::app::{App, Effect};
use crate::tui::keys::Action;
use crossterm::event::Event;
use tui_input::backend::crossterm::to_input_request;
use tui_input::{Input, InputRequest};

impl<'c> App<'c> {
    /// Question `field` of `m`, with the answer it has.
    pub(super) fn asking(&self, m: &Message, field: usize, from_review: bool) -> Answering {
        let answers = self.answers_to(m);
        let f = &m.fields()[field];
        let now = answers.get(&f.id);
        let choice = match &f.kind {
            FieldKind::Choice(options) => now
                .and_then(|a| options.iter().position(|o| &o.id == a))
                .unwrap_or(0),
            _ => 0,
        };
        let typed = match &f.kind {
            FieldKind::Choice(_) => String::new(),
            _ => now.cloned().unwrap_or_default(),
        };
        Answering {
            field,
            input: Input::new(typed),
            choice,
            error: None,
            from_review,
        }
    }

    /// A key or a paste on a question: into the line editor.
    pub(crate) fn edit(&mut self, event: &Event) {
        let Some(a) = answering(&mut self.drafting) else {
            return;
        };
        match event {
            Event::Paste(text) => {
                for c in clean_line(text).chars() {
                    a.input.handle(InputRequest::InsertChar(c));
                }
            }
            _ => {
                if let Some(req) = to_input_request(event) {
                    a.input.handle(req);
                }
            }
        }
        a.error = None;
    }

    /// Keys on a question (typed or a choice).
    pub(crate) fn on_answer(&mut self, action: Action) -> Option<Effect> {
        let m = self.draft_message()?;
        let tr = self.tr();
        let a = answering(&mut self.drafting)?;
        let field = &m.fields()[a.field];
        let options = match &field.kind {
            FieldKind::Choice(options) => options.len(),
            _ => 0,
        };
        match action {
            Action::Up => a.choice = a.choice.saturating_sub(1),
            Action::Down => a.choice = (a.choice + 1).min(options.saturating_sub(1)),
            Action::First => a.choice = 0,
            Action::Last => a.choice = options.saturating_sub(1),
            Action::Pick(i) if i < options => {
                a.choice = i;
                return self.accept(&m);
            }
            Action::Pick(_) => {
                a.error = Some(tr!(tr, "answer-not-a-choice", count = options));
            }
            Action::Choose => return self.accept(&m),
            Action::Close => {
                let (field, from_review) = (a.field, a.from_review);
                if from_review {
                    self.review(field);
                } else if field > 0 {
                    let back = self.asking(&m, field - 1, false);
                    self.set_step(Step::Answer(back));
                } else {
                    self.drafting = None;
                }
            }
            _ => {}
        }
        None
    }

    /// Enter on a question: check the answer, keep it, go on.
    fn accept(&mut self, m: &Message) -> Option<Effect> {
        let tr = self.tr();
        let today = self.today.clone();
        let a = answering(&mut self.drafting)?;
        let field = &m.fields()[a.field];
        let typed = match &field.kind {
            FieldKind::Choice(options) => options.get(a.choice).map(|o| o.id.clone()),
            _ => Some(a.input.value().to_string()),
        }
        .unwrap_or_default();
        let answer = match check_answer(&field.kind, &typed, &today) {
            Ok(answer) => Some(answer),
            Err(crate::draft::AnswerError::Empty) if !field.required => None,
            Err(e) => {
                a.error = Some(compose::answer_error(tr, e, field, &today));
                return None;
            }
        };
        let (index, from_review) = (a.field, a.from_review);
        let all = self.drafts.answers.entry(m.wizard.id.clone()).or_default();
        let mine = all.entry((m.node.to_string(), m.index)).or_default();
        let changed = match answer {
            Some(answer) => mine.insert(field.id.clone(), answer.clone()) != Some(answer),
            None => mine.remove(&field.id).is_some(),
        };
        if from_review || index + 1 == m.fields().len() {
            self.review(if from_review { index } else { 0 });
        } else {
            let next = self.asking(m, index + 1, false);
            self.set_step(Step::Answer(next));
        }
        (changed && self.drafts.consent == Some(true)).then_some(Effect::Kept)
    }

    pub(super) fn set_step(&mut self, step: Step) {
        if let Some(d) = &mut self.drafting {
            d.step = step;
        }
    }

    /// The message, with answer `selected` highlighted, from its top.
    fn review(&mut self, selected: usize) {
        self.set_step(Step::Review {
            selected,
            scroll: 0,
        });
    }
}

/// The question on screen, when the draft screen is asking one.
fn answering(drafting: &mut Option<Drafting>) -> Option<&mut Answering> {
    match drafting {
        Some(Drafting {
            step: Step::Answer(a),
            ..
        }) => Some(a),
        _ => None,
    }
}
