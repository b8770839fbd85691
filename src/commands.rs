//! One function per command. Each writes its output and returns the exit status, or a
//! [`Failure`]: a message for the person and the exit code that goes with it.

use crate::autosave::{self, Ending, Prepared, Saver, Speech, Start};
use crate::catalog::{Catalog, Journey};
use crate::cli::{Cli, Command, GraphFormat, ListFormat, RunFormat, SessionsAction, SourceArgs};
use crate::compose;
use crate::diag::Diagnostic;
use crate::i18n::{self, Tr};
use crate::plain::{self, End};
use crate::print;
use crate::report::{self, outcome_text, pending_text};
use crate::script;
use crate::store::{self, CatalogError, Source, export};
use crate::text::{plural, quote};
use crate::tr;
use crate::tui;
use crate::validate::Limits;
use crate::wizard::Wizard;
use std::io::{self, IsTerminal, Write};
use std::path::Path;
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
        format!("{}{}", self.preface, self.said())
    }

    /// The message as the person reads it: `error: ` and the message, cleaned.
    fn said(&self) -> String {
        format!("error: {}", crate::text::clean(self.message.trim_end()))
    }

    /// Write [`Failure::text`] on stderr: the diagnostics as rendered, the message
    /// wrapped at the terminal's width (its lines after the first under its text).
    pub fn print(&self) {
        let mut err = print::stderr();
        let _ = err.flush();
        let _ = io::stderr().lock().write_all(self.preface.as_bytes());
        let _ = writeln!(err, "{}", self.said());
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
    // an empty REACHOUT_SAVE_DIR is no folder
    let save_dir = cli
        .save_dir
        .as_deref()
        .filter(|d| !d.as_os_str().is_empty());
    if let (Some(platform), Some(_)) = (&cli.platform, &cli.command) {
        return Err(Failure::usage(format!(
            "{} looks like a platform, but a command follows it; put the platform after the command (for example `reachout run {}`).",
            quote(platform),
            platform
        )));
    }
    if cli.command.is_some() && (cli.resume || cli.fresh) {
        return Err(Failure::usage(format!(
            "--{} is for answering the questions, not for a command; run `reachout --{0}` alone.",
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
                    wizard(speech, &catalog, None, Start::Open(opened), plain, save_dir)
                }
            }
        }
        Some(Command::List { format, verbose }) => {
            list(tr, &load_catalog(&cli.source, &limits)?, format, verbose)
        }
        Some(Command::Graph { platform, format }) => {
            let catalog = load_catalog(&cli.source, &limits)?;
            graph(find_in(tr, &catalog, &platform)?, format)
        }
        Some(Command::Run {
            platform,
            answers,
            draft,
            fields,
            format,
        }) => {
            let catalog = load_catalog(&cli.source, &limits)?;
            let wizard = find_in(tr, &catalog, &platform)?;
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
                Some(p) => Some(find_in(tr, &catalog, p)?),
                None => None,
            };
            let start = match (cli.resume, cli.fresh) {
                (true, _) => Start::Resume,
                (_, true) => Start::Fresh,
                _ => Start::Ask,
            };
            wizard(speech, &catalog, platform, start, cli.plain, save_dir)
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

/// [`find_in`] English.
pub(crate) fn find<'c>(catalog: &'c Catalog, query: &str) -> Result<&'c Wizard, Failure> {
    find_in(Tr::default(), catalog, query)
}

/// The platform `query` names (its id, or a title or keyword in any language), or a
/// message that names the platforms there are, by their titles.
fn find_in<'c>(tr: Tr, catalog: &'c Catalog, query: &str) -> Result<&'c Wizard, Failure> {
    catalog.find(query).ok_or_else(|| {
        let lang = tr.lang().code;
        let titles: Vec<&str> = catalog.entries().iter().map(|e| e.title_in(lang)).collect();
        // the closest id or title, shown as the title a person recognises
        let names: Vec<(String, &str)> = (catalog.entries().iter())
            .flat_map(|e| {
                let title = e.title_in(lang);
                [
                    (e.id().to_lowercase(), title),
                    (title.to_lowercase(), title),
                ]
            })
            .collect();
        let wanted = query.to_lowercase();
        let close = crate::text::suggest(&wanted, names.iter().map(|(n, _)| n.as_str()))
            .and_then(|n| names.iter().find(|(m, _)| m == n))
            .map(|(_, title)| *title);
        let name = quote(query);
        let known: String = titles.iter().map(|t| format!("\n  - {t}")).collect();
        Failure::usage(match close {
            Some(title) => tr!(
                tr,
                "error-no-guide-close",
                name = name.as_str(),
                close = title,
                names = known.as_str()
            ),
            None => tr!(
                tr,
                "error-no-guide",
                name = name.as_str(),
                names = known.as_str()
            ),
        })
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

fn list(tr: Tr, catalog: &Catalog, format: ListFormat, verbose: bool) -> Outcome {
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
            writeln!(io::stdout().lock(), "{}", report::to_json(&rows))?;
        }
        ListFormat::Text if verbose => list_for_authors(catalog)?,
        ListFormat::Text => {
            // What a person needs: the platform, how many situations reachout knows on
            // it (its outcomes), and the names it answers to, wrapped in their column.
            let lang = tr.lang().code;
            let rows: Vec<[String; 3]> = (catalog.entries().iter())
                .map(|e| {
                    let mut names: Vec<&str> = vec![e.id()];
                    for k in e.keywords() {
                        if !names.iter().any(|n| n.eq_ignore_ascii_case(k)) {
                            names.push(k);
                        }
                    }
                    let count = e.wizard().outcome_count().to_string();
                    [e.title_in(lang).to_string(), count, names.join(", ")]
                })
                .collect();
            let head = [
                tr.s("list-platform"),
                tr.s("list-situations"),
                tr.s("list-names"),
            ];
            let col = |i: usize| {
                (rows.iter().map(|r| width(&r[i])))
                    .chain([width(&head[i])])
                    .max()
                    .unwrap_or(0)
            };
            let (tw, cw) = (col(0), col(1));
            let pad = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(width(s))));
            let left = tw + 2 + cw + 2;
            let term = print::width_of(&io::stdout());
            let room = term.map(|w| w.saturating_sub(left));
            let mut out = io::stdout().lock();
            if let Some(width) = term.filter(|w| w.saturating_sub(left) < 30) {
                // Too narrow for a table: each platform on its own line, its names
                // under it.
                for (e, [title, _, names]) in catalog.entries().iter().zip(&rows) {
                    let count = e.wizard().outcome_count();
                    let head = tr!(
                        tr,
                        "list-platform-count",
                        platform = title.as_str(),
                        count = count
                    );
                    writeln!(out, "{}", print::wrap_line(&head, width).join("\n"))?;
                    let names = format!("  {names}");
                    writeln!(out, "{}", print::wrap_line(&names, width).join("\n"))?;
                }
                return Ok(Exit::Done);
            }
            for [title, count, names] in std::iter::once(&head).chain(&rows) {
                let names = match room {
                    Some(room) => print::wrap_line(names, room),
                    None => vec![names.clone()],
                };
                let count = format!("{}{count}", " ".repeat(cw.saturating_sub(width(count))));
                writeln!(out, "{}  {}  {}", pad(title, tw), count, names[0])?;
                for more in &names[1..] {
                    writeln!(out, "{}{more}", " ".repeat(left))?;
                }
            }
        }
    }
    Ok(Exit::Done)
}

/// Columns a string takes on a terminal.
fn width(s: &str) -> usize {
    crate::tui::wrap::width(s)
}

/// `list --verbose`: each wizard's id, title and the sizes of its tree, for authors.
fn list_for_authors(catalog: &Catalog) -> io::Result<()> {
    let mut out = io::stdout().lock();
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
    Ok(())
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
    match format {
        RunFormat::Json => writeln!(
            io::stdout().lock(),
            "{}",
            report::to_json(&report::run_json(&walk))
        )?,
        RunFormat::Text => match (walk.outcome(), walk.question()) {
            (Some(o), _) => write!(print::stdout(), "{}", outcome_text(tr, w, o))?,
            (None, Some(q)) => write!(print::stdout(), "{}", pending_text(tr, w, &walk, q))?,
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
    save_dir: Option<&Path>,
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
        return plain_mode(tr, journey, saver, save_dir);
    }
    tui_mode(journey, saver, &prep.notes, save_dir)
}

fn full_screen_possible() -> bool {
    io::stdin().is_terminal()
        && io::stdout().is_terminal()
        && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
}

fn plain_mode(tr: Tr, mut journey: Journey, saver: &mut Saver, save_dir: Option<&Path>) -> Outcome {
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
    let folders = export::folders(save_dir);
    let mut save = |name: &str, text: &str| export::save_private(&folders, name, text);
    let mut drafting = plain::Drafting {
        keep: Some(&mut keep),
        save: &mut save,
        offer_save: true,
        today: compose::today(SystemTime::now()),
        kept,
    };
    let end = plain::run_drafting(
        tr,
        &mut journey,
        stdin.lock(),
        print::stdout(),
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

fn tui_mode(
    journey: Journey,
    saver: &mut Saver,
    notes: &[String],
    save_dir: Option<&Path>,
) -> Outcome {
    let tr = journey.tr();
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
            save_dir,
        },
    )
    .map_err(|e| {
        let reason = format!("{e:#}");
        Failure::runtime(tr!(tr, "error-full-screen", reason = reason.as_str()))
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
                let mut out = print::stdout();
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
    let _ = writeln!(print::stderr(), "{}", crate::text::clean(line));
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
                let _ = writeln!(print::stderr(), "\n{message}");
            }
            std::process::exit(Exit::Interrupted as i32);
        }
    });
}
