//! One function per command. Each writes its output and returns the exit status, or a
//! [`Failure`]: a message for the person and the exit code that goes with it.

use crate::autosave::{self, Ending, Prepared, Saver, Speech, Start};
use crate::catalog::{Catalog, Journey};
use crate::cli::{Cli, Command, GraphFormat, ListFormat, RunFormat, SessionsAction, SourceArgs};
use crate::compose;
use crate::diag::Diagnostic;
use crate::i18n::{self, Tr};
use crate::plain::{self, End};
use crate::report::{self, outcome_text, pending_text};
use crate::script;
use crate::store::{self, CatalogError, Source};
use crate::text::{plural, quote};
use crate::tui;
use crate::validate::Limits;
use crate::wizard::Wizard;
use std::io::{self, IsTerminal, Write};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

mod check;
mod languages;
mod sessions;

/// Exit codes (DESIGN.md): 0 done · 1 runtime error · 2 bad usage or invalid file ·
/// 3 stopped before an outcome · 130 interrupted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Done = 0,
    Failed = 1,
    Usage = 2,
    Incomplete = 3,
    Interrupted = 130,
}

/// Something went wrong: what to tell the person, and how to exit.
#[derive(Debug)]
pub struct Failure {
    pub exit: Exit,
    /// Printed as `error: {message}`; the first line is one sentence, further lines
    /// may list what would have been valid.
    pub message: String,
    /// Printed verbatim before the message (rendered diagnostics).
    pub preface: String,
}

impl Failure {
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            exit: Exit::Usage,
            message: message.into(),
            preface: String::new(),
        }
    }

    pub fn runtime(message: impl Into<String>) -> Failure {
        Failure {
            exit: Exit::Failed,
            message: message.into(),
            preface: String::new(),
        }
    }

    /// The whole text for stderr. The message often quotes what a person typed or a
    /// file name, so it is cleaned here, once, for every command; the preface is
    /// diagnostics rendered by us (cleaned already, and coloured on purpose).
    pub fn text(&self) -> String {
        format!(
            "{}error: {}",
            self.preface,
            crate::text::clean(self.message.trim_end())
        )
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure::runtime(format!(
            "could not write the output: {}",
            store::io_reason(&e)
        ))
    }
}

pub type Outcome = Result<Exit, Failure>;

/// Run the command line.
pub fn run(cli: Cli) -> Outcome {
    let limits = cli.source.limits();
    let tr = Tr::new(i18n::choose(cli.lang.as_deref(), |v| std::env::var(v).ok()));
    // A session resumed speaks the language it was saved in, unless --lang says otherwise.
    let speech = Speech {
        asked: cli.lang.is_some().then_some(tr),
        usual: tr,
    };
    if let (Some(platform), Some(_)) = (&cli.platform, &cli.command) {
        return Err(Failure::usage(format!(
            "{} looks like a platform, but a command follows it; put the platform after the command (for example `reachout run {}`).",
            quote(platform),
            platform
        )));
    }
    if cli.command.is_some() && (cli.resume || cli.fresh) {
        return Err(Failure::usage(format!(
            "--{} is for the wizard, not for a command; run `reachout --{0}` alone.",
            if cli.resume { "resume" } else { "fresh" }
        )));
    }
    match cli.command {
        Some(Command::Check { paths, format }) => {
            check::check(&source(&cli.source), &limits, &paths, format)
        }
        Some(Command::Sessions { action, format }) => {
            let dir = store::sessions::locate();
            match action {
                None => {
                    // only for the platforms' titles: a broken --wizards is no reason
                    // not to list what is saved
                    let catalog = store::catalog(&source(&cli.source), &limits).ok();
                    sessions::list(tr, dir, catalog.as_ref(), format, SystemTime::now())
                }
                Some(SessionsAction::Clear { yes }) => sessions::clear(tr, dir, yes),
                Some(SessionsAction::Open { number, plain }) => {
                    let catalog = load_catalog(&cli.source, &limits)?;
                    let opened = sessions::pick(tr, dir, &catalog, number)?;
                    wizard(speech, &catalog, None, Start::Open(opened), plain)
                }
            }
        }
        Some(Command::List { format }) => list(&load_catalog(&cli.source, &limits)?, format),
        Some(Command::Graph { platform, format }) => {
            let catalog = load_catalog(&cli.source, &limits)?;
            graph(find(&catalog, &platform)?, format)
        }
        Some(Command::Run {
            platform,
            answers,
            draft,
            fields,
            format,
        }) => {
            let catalog = load_catalog(&cli.source, &limits)?;
            let wizard = find(&catalog, &platform)?;
            // the platform in the person's language (ids and answers are the same)
            let wizard =
                (catalog.entry(&wizard.id)).map_or(wizard, |e| e.wizard_in(tr.lang().code));
            let draft = draft.map(|card| (card, fields.as_slice()));
            run_scripted(tr, &catalog, wizard, &answers, draft, format)
        }
        Some(Command::Completions { shell }) => {
            io::stdout()
                .lock()
                .write_all(&crate::cli::completions(shell, &cli.source))?;
            Ok(Exit::Done)
        }
        Some(Command::Languages { format }) => {
            languages::languages(&load_catalog(&cli.source, &limits)?, format)
        }
        Some(Command::Translate { language, platform }) => {
            languages::template(&load_catalog(&cli.source, &limits)?, &language, &platform)
        }
        Some(Command::Man { command }) => {
            let page = crate::cli::man(&command, &cli.source).map_err(Failure::usage)?;
            io::stdout().lock().write_all(&page)?;
            Ok(Exit::Done)
        }
        None => {
            let catalog = load_catalog(&cli.source, &limits)?;
            let platform = match &cli.platform {
                Some(p) => Some(find(&catalog, p)?),
                None => None,
            };
            let start = match (cli.resume, cli.fresh) {
                (true, _) => Start::Resume,
                (_, true) => Start::Fresh,
                _ => Start::Ask,
            };
            wizard(speech, &catalog, platform, start, cli.plain)
        }
    }
}

fn source(args: &SourceArgs) -> Source {
    args.source()
}

/// Load the wizards or explain, with every located problem, why they cannot be used.
pub fn load_catalog(args: &SourceArgs, limits: &Limits) -> Result<Catalog, Failure> {
    let src = source(args);
    store::catalog(&src, limits).map_err(|e| match e {
        CatalogError::Unreadable(why) => Failure::usage(format!(
            "cannot load the wizards: {why}.\nCheck the --wizards directory (or REACHOUT_WIZARDS), or leave it out to use the built-in wizards."
        )),
        CatalogError::Invalid(problems) => Failure {
            preface: render_all(&problems, stderr_color()),
            ..Failure::usage(format!(
                "cannot start: the wizard files have {}. Fix them (`reachout check` shows the same list), or leave out --wizards to use the built-in wizards.",
                plural(problems.len(), "problem", "problems")
            ))
        },
    })
}

pub(crate) fn find<'c>(catalog: &'c Catalog, query: &str) -> Result<&'c Wizard, Failure> {
    catalog.find(query).ok_or_else(|| {
        let hint = crate::text::suggest(
            &query.to_lowercase(),
            catalog.entries().iter().map(|e| e.id()),
        )
        .map(|s| format!(" Did you mean {s}?"))
        .unwrap_or_default();
        Failure::usage(format!(
            "there is no wizard for {}.{hint} Available: {}.",
            quote(query),
            catalog.names()
        ))
    })
}

/// Colour for messages on stderr: only on a terminal, and never with NO_COLOR set.
pub(crate) fn stderr_color() -> bool {
    io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

fn render_all(problems: &[Diagnostic], color: bool) -> String {
    let mut s = String::new();
    for d in problems {
        s.push_str(&d.render(color));
        s.push_str("\n\n");
    }
    s
}

fn list(catalog: &Catalog, format: ListFormat) -> Outcome {
    let mut out = io::stdout().lock();
    match format {
        ListFormat::Json => {
            #[derive(serde::Serialize)]
            struct Row<'a> {
                id: &'a str,
                title: &'a str,
                keywords: &'a [String],
                nodes: usize,
                questions: usize,
                outcomes: usize,
            }
            let rows: Vec<Row> = catalog
                .wizards()
                .map(|w| Row {
                    id: &w.id,
                    title: &w.title,
                    keywords: &w.keywords,
                    nodes: w.nodes.len(),
                    questions: w.question_count(),
                    outcomes: w.outcome_count(),
                })
                .collect();
            writeln!(out, "{}", report::to_json(&rows))?;
        }
        ListFormat::Text => {
            let idw = catalog
                .entries()
                .iter()
                .map(|e| e.id().len())
                .max()
                .unwrap_or(2)
                .max(2);
            let tw = catalog
                .entries()
                .iter()
                .map(|e| e.title().chars().count())
                .max()
                .unwrap_or(5)
                .max(5);
            writeln!(
                out,
                "{:<idw$}  {:<tw$}  {:>5}  {:>9}  {:>8}",
                "ID", "TITLE", "NODES", "QUESTIONS", "OUTCOMES"
            )?;
            for w in catalog.wizards() {
                writeln!(
                    out,
                    "{:<idw$}  {:<tw$}  {:>5}  {:>9}  {:>8}",
                    w.id,
                    w.title,
                    w.nodes.len(),
                    w.question_count(),
                    w.outcome_count()
                )?;
            }
        }
    }
    Ok(Exit::Done)
}

fn graph(w: &Wizard, format: GraphFormat) -> Outcome {
    let text = match format {
        GraphFormat::Dot => crate::graph::dot(w),
        GraphFormat::Mermaid => crate::graph::mermaid(w),
    };
    io::stdout().lock().write_all(text.as_bytes())?;
    Ok(Exit::Done)
}

/// `run`: the outcome the answers reach, or its pending question; with `draft`, the
/// message of that card (1-based) written with the `--field` answers.
fn run_scripted(
    tr: Tr,
    catalog: &Catalog,
    w: &Wizard,
    raw: &[String],
    draft: Option<(usize, &[String])>,
    format: RunFormat,
) -> Outcome {
    let answers = raw
        .iter()
        .map(|a| script::parse_answer(a))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| Failure::usage(format!("{e}.")))?;
    let walk = script::walk(w, &answers).map_err(|e| {
        Failure::usage(if e.valid.is_empty() {
            e.message
        } else {
            format!("{}\n{}", e.message, e.valid)
        })
    })?;
    if let (Some((card, fields)), Some(_)) = (draft, walk.outcome()) {
        return run_draft(tr, catalog, &walk, card, fields, format);
    }
    let mut out = io::stdout().lock();
    match format {
        RunFormat::Json => writeln!(out, "{}", report::to_json(&report::run_json(&walk)))?,
        RunFormat::Text => match (walk.outcome(), walk.question()) {
            (Some(o), _) => write!(out, "{}", outcome_text(tr, w, o))?,
            (None, Some(q)) => write!(out, "{}", pending_text(tr, w, &walk, q))?,
            (None, None) => unreachable!("a node is a question or an outcome"),
        },
    }
    Ok(if walk.is_finished() {
        Exit::Done
    } else {
        Exit::Incomplete
    })
}

/// `run --draft N --field NAME=VALUE ...`: the message of card `card` on the outcome
/// `walk` reached, in the team's language and, below, the person's. Exit 3 while a
/// required question has no answer.
fn run_draft(
    tr: Tr,
    catalog: &Catalog,
    walk: &crate::engine::Walk,
    card: usize,
    raw: &[String],
    format: RunFormat,
) -> Outcome {
    let wizard = walk.wizard();
    let node = walk.node().id.as_str();
    let lang = tr.lang().code;
    let all = compose::Message::all(catalog, &wizard.id, node, lang);
    let with_drafts = || {
        let cards: Vec<String> = all.iter().map(|m| (m.index + 1).to_string()).collect();
        if cards.is_empty() {
            "No way to get help on this outcome has a message to write.".to_string()
        } else {
            format!("Ways with a message to write: {}.", cards.join(", "))
        }
    };
    let Some(message) = card
        .checked_sub(1)
        .and_then(|i| all.iter().find(|m| m.index == i))
    else {
        return Err(Failure::usage(format!(
            "--draft {card}: way {card} of this outcome has no message to write.\n{}",
            with_drafts()
        )));
    };
    let today = compose::today(SystemTime::now());
    let answers = draft_fields(tr, message, raw, &today)?;
    let mut out = io::stdout().lock();
    match format {
        RunFormat::Json => {
            let mut json = report::run_json(walk);
            json.draft = Some(report::draft_json(message, &answers, &today));
            writeln!(out, "{}", report::to_json(&json))?;
        }
        RunFormat::Text => write!(out, "{}", report::draft_text(tr, message, &answers, &today))?,
    }
    Ok(if message.missing(&answers).is_empty() {
        Exit::Done
    } else {
        Exit::Incomplete
    })
}

/// The `--field NAME=VALUE` answers, each checked as the wizard checks a typed one. An
/// empty value leaves the question unanswered.
fn draft_fields(
    tr: Tr,
    message: &compose::Message,
    raw: &[String],
    today: &str,
) -> Result<compose::Answers, Failure> {
    let fields = message.fields();
    let ids = || fields.iter().map(|f| f.id.as_str());
    let valid = || format!("Questions: {}", ids().collect::<Vec<_>>().join(", "));
    let mut answers = compose::Answers::new();
    for r in raw {
        let Some((name, value)) = r.split_once('=').filter(|(n, _)| !n.trim().is_empty()) else {
            return Err(Failure::usage(format!(
                "{} is not of the form NAME=VALUE (for example name=Ana).\n{}",
                quote(r),
                valid()
            )));
        };
        let name = name.trim();
        let Some(field) = fields.iter().find(|f| f.id == name) else {
            let hint = crate::text::suggest(name, ids())
                .map(|s| format!(" Did you mean {}?", quote(s)))
                .unwrap_or_default();
            return Err(Failure::usage(format!(
                "this message has no question {}.{hint}\n{}",
                quote(name),
                valid()
            )));
        };
        if value.trim().is_empty() {
            continue;
        }
        let checked = crate::draft::check_answer(&field.kind, value, today).map_err(|e| {
            Failure::usage(format!(
                "--field {name}: {}",
                compose::answer_error(tr, e, field, today)
            ))
        })?;
        if answers.insert(name.to_string(), checked).is_some() {
            return Err(Failure::usage(format!(
                "question {} is answered twice; give each one --field.",
                quote(name)
            )));
        }
    }
    Ok(answers)
}

/// The interactive wizard: full screen on a terminal, else plain mode (asked for with
/// `--plain`, or when input or output is not a terminal, or TERM=dumb). Both start from
/// the same session plan and autosave through the same saver.
fn wizard(
    speech: Speech,
    catalog: &Catalog,
    platform: Option<&Wizard>,
    start: Start,
    plain: bool,
) -> Outcome {
    let mut prep = sessions_begin(catalog, platform, start, speech);
    // --lang, else the language of the session offered or resumed, else the locale's
    let tr = prep.plan.tr();
    let journey = prep.plan.journey();
    let saver = &mut prep.saver;
    if plain || !full_screen_possible() {
        for note in &prep.notes {
            say(note);
        }
        return plain_mode(tr, journey, saver);
    }
    tui_mode(journey, saver, &prep.notes)
}

fn full_screen_possible() -> bool {
    io::stdin().is_terminal()
        && io::stdout().is_terminal()
        && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
}

fn plain_mode(tr: Tr, mut journey: Journey, saver: &mut Saver) -> Outcome {
    exit_on_signals(saver.status());
    let stdin = io::stdin();
    // two hooks save through the one saver: answers to questions, and to a message's
    let kept = saver.kept_drafts().cloned();
    let saver = std::cell::RefCell::new(saver);
    let mut keep = |j: &Journey, wizard: &str, drafts: &crate::session::DraftAnswers| {
        if let Some(message) =
            (saver.borrow_mut()).keep_drafts(j, wizard, drafts, SystemTime::now())
        {
            say(&message);
        }
    };
    let mut save = |name: &str, text: &str| store::export::save_private(name, text);
    let mut drafting = plain::Drafting {
        keep: Some(&mut keep),
        save: &mut save,
        today: compose::today(SystemTime::now()),
        kept,
    };
    let end = plain::run_drafting(
        tr,
        &mut journey,
        stdin.lock(),
        io::stdout().lock(),
        &mut |j| autosave_step(&mut saver.borrow_mut(), j),
        &mut drafting,
    )?;
    let saver = saver.into_inner();
    Ok(sessions_end(
        saver,
        match end {
            End::Finished => Ending::Finished,
            End::Quit => Ending::Quit,
            End::EndOfInput => Ending::EndOfInput,
        },
    ))
}

fn tui_mode(journey: Journey, saver: &mut Saver, notes: &[String]) -> Outcome {
    // two hooks save through the one saver: answers to questions, and to messages
    let drafts = saver.kept_drafts().cloned();
    let saver = std::cell::RefCell::new(saver);
    let ended = tui::run(
        journey,
        tui::Hooks {
            changed: &mut |j| saver.borrow_mut().save(j, SystemTime::now()),
            notes,
            kept: &mut |j, wizard, answers| {
                (saver.borrow_mut()).keep_drafts(j, wizard, answers, SystemTime::now())
            },
            drafts,
        },
    )
    .map_err(|e| {
        Failure::runtime(format!(
            "the full-screen wizard failed: {e:#}. Your answers so far are saved; run `reachout --plain` to answer line by line."
        ))
    })?;
    // The terminal is restored by now. On an outcome, its summary is the one thing left
    // on the screen; otherwise the farewell says how to resume.
    let ending = match ended.end {
        tui::End::Quit => Ending::Quit,
        tui::End::QuitOnOutcome => {
            // in the language the walk ended in
            let tr = ended.journey.tr();
            if let Some(walk) = ended.journey.walk()
                && let Some(outcome) = walk.outcome()
            {
                let mut out = io::stdout().lock();
                out.write_all(outcome_text(tr, walk.wizard(), outcome).as_bytes())?;
                if let Some(message) = &ended.message {
                    writeln!(out)?;
                    out.write_all(message.as_bytes())?;
                }
            }
            Ending::Finished
        }
        tui::End::Interrupted | tui::End::Signalled => Ending::Interrupted,
    };
    Ok(sessions_end(&mut saver.borrow_mut(), ending))
}

/// Where the interactive wizard begins (a resume offer, `--resume`, `--fresh`) and the
/// saver for its `changed` hook. Both front ends show its `notes`.
fn sessions_begin<'c>(
    catalog: &'c Catalog,
    platform: Option<&'c Wizard>,
    start: Start,
    speech: Speech,
) -> Prepared<'c> {
    autosave::prepare(
        catalog,
        platform,
        start,
        store::sessions::locate(),
        SystemTime::now(),
        speech,
    )
}

/// The `changed` hook of plain mode: save, and say so on stderr the first time saving
/// fails.
fn autosave_step(saver: &mut Saver, journey: &Journey) {
    if let Some(message) = saver.save(journey, SystemTime::now()) {
        say(&message);
    }
}

/// Say goodbye on stderr (how to resume, or that nothing could be saved) and give the
/// exit code for how the wizard ended.
fn sessions_end(saver: &mut Saver, ending: Ending) -> Exit {
    if let Some(message) = saver.farewell(ending) {
        say(&message);
    }
    match ending {
        Ending::Finished | Ending::Quit => Exit::Done,
        Ending::EndOfInput => Exit::Incomplete,
        Ending::Interrupted => Exit::Interrupted,
    }
}

/// A line for the person on stderr, so stdout stays the plain-mode protocol. A closed
/// stderr is no reason to stop.
fn say(line: &str) {
    let _ = writeln!(io::stderr(), "{}", crate::text::clean(line));
}

/// Plain mode: SIGTERM, SIGHUP and SIGINT (Ctrl-C outside raw mode) wait for a save in
/// progress, say how to resume and exit 130. Every answer is already saved, so nothing
/// is lost; the lock only keeps the exit out of the middle of a write.
fn exit_on_signals(status: Arc<Mutex<autosave::Status>>) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGHUP, SIGINT, SIGTERM]) else {
        return; // without handlers the default applies, and the answers are saved anyway
    };
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            let status = status.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(message) = status.farewell(Ending::Interrupted) {
                let _ = writeln!(io::stderr(), "\n{message}");
            }
            std::process::exit(Exit::Interrupted as i32);
        }
    });
}
