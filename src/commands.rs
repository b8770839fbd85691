//! One function per command. Each writes its output and returns the exit status, or a
//! [`Failure`]: a message for the person and the exit code that goes with it.

use crate::autosave::{Speech, Start};
use crate::catalog::Catalog;
use crate::cli::{Cli, Command, SessionsAction, SourceArgs};
use crate::diag::Diagnostic;
use crate::i18n::{self, Tr};
use crate::print;
use crate::store::{self, CatalogError, Source};
use crate::text::{plural, quote};
use crate::tr;
use crate::validate::Limits;
use crate::wizard::Wizard;
use std::io::{self, IsTerminal, Write};
use std::time::SystemTime;

mod check;
mod interactive;
mod languages;
mod list;
mod scripted;
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
                    interactive::wizard(
                        speech,
                        &catalog,
                        None,
                        Start::Open(opened),
                        plain,
                        save_dir,
                    )
                }
            }
        }
        Some(Command::List { format, verbose }) => {
            list::list(tr, &load_catalog(&cli.source, &limits)?, format, verbose)
        }
        Some(Command::Graph { platform, format }) => {
            let catalog = load_catalog(&cli.source, &limits)?;
            list::graph(find_in(tr, &catalog, &platform)?, format)
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
            scripted::run_scripted(tr, &catalog, wizard, &answers, draft, format)
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
            interactive::wizard(speech, &catalog, platform, start, cli.plain, save_dir)
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
