//! The command surface: the types every command receives, the parser that fills them
//! from the command line, and the help text.
//!
//! Hand-written over `lexopt` (which splits `--name=value`, `-abc` and `--` correctly)
//! rather than derived with clap: for nine options and five commands, clap was about
//! 300 KB of a 2.07 MB binary (docs/performance.md, "The release profile").
//! One table of options drives parsing, "did you mean" hints and the help screens, so
//! they cannot drift apart. Parsing is pure (arguments, environment and width come in;
//! a value comes out), and `main` does the printing.

use crate::text::{quote, suggest_within};
use crate::tui::wrap::{width as columns, wrap};
use crate::validate::Limits;
use lexopt::Arg;
use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Everything the command line asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cli {
    /// Start with this platform and skip the first question.
    pub platform: Option<String>,
    /// Ask line by line, without escape sequences.
    pub plain: bool,
    /// Continue the most recent unfinished session without asking.
    pub resume: bool,
    /// Start over without offering to resume.
    pub fresh: bool,
    pub source: SourceArgs,
    pub command: Option<Command>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Walk a platform with answers given up front.
    Run {
        platform: String,
        answers: Vec<String>,
        format: RunFormat,
    },
    /// Check wizard files (default: the shipped set).
    Check {
        paths: Vec<PathBuf>,
        format: CheckFormat,
    },
    /// List the platforms.
    List { format: ListFormat },
    /// List saved sessions, or clear them.
    Sessions {
        action: Option<SessionsAction>,
        format: ListFormat,
    },
    /// Print a platform's decision tree as a graph.
    Graph {
        platform: String,
        format: GraphFormat,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionsAction {
    /// Remove every saved session; `yes` skips the question.
    Clear { yes: bool },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckFormat {
    /// The source line with a caret under the problem.
    Human,
    /// One line per problem: file:line:col: error: message.
    Short,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    Dot,
    Mermaid,
}

/// Where wizards come from and the limits they are read with (for every command).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceArgs {
    /// Load the *.ron wizards in this directory instead of the built-in ones.
    pub wizards: Option<PathBuf>,
    pub max_file_size: Option<u64>,
    pub max_nodes: Option<usize>,
    pub max_depth: Option<usize>,
    pub max_label_chars: Option<usize>,
    pub max_text_chars: Option<usize>,
}

/// The most nodes `--max-nodes` can allow (4 294 967 295).
const MAX_NODES: usize = u32::MAX as usize;

impl SourceArgs {
    pub fn limits(&self) -> Limits {
        let d = Limits::default();
        Limits {
            max_file_bytes: self.max_file_size.unwrap_or(d.max_file_bytes),
            // the node index numbers nodes in 32 bits; no file gets near it
            max_nodes: self.max_nodes.unwrap_or(d.max_nodes).min(MAX_NODES),
            max_depth: self.max_depth.unwrap_or(d.max_depth),
            max_label_chars: self.max_label_chars.unwrap_or(d.max_label_chars),
            max_text_chars: self.max_text_chars.unwrap_or(d.max_text_chars),
        }
    }
}

/// "64M", "200k", "1G", "12345" → bytes.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim().to_ascii_lowercase();
    let t = t.trim_end_matches("ib").trim_end_matches('b');
    let (digits, mult) = match t.chars().last() {
        Some('k') => (&t[..t.len() - 1], 1u64 << 10),
        Some('m') => (&t[..t.len() - 1], 1 << 20),
        Some('g') => (&t[..t.len() - 1], 1 << 30),
        _ => (t, 1),
    };
    digits
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .ok_or_else(|| {
            format!(
                "{} is not a size; write a number of bytes, optionally with K, M or G (like 128M).",
                quote(s)
            )
        })
}

/// What the command line comes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    /// Do this.
    Go(Cli),
    /// Print this text (help or version) on stdout and exit 0.
    Print(String),
}

/// The width help is wrapped to, asked for when help is printed.
type Width<'w> = &'w dyn Fn() -> usize;

/// The command line, without the program name; `env_wizards` is `$REACHOUT_WIZARDS`;
/// `width` gives the width help is wrapped to, asked only when help is printed (on a
/// terminal it is a system call, which the wizard's start has no use for). An error is
/// the whole message for the person: what is wrong, what to do, and the usage line.
pub fn parse(
    args: impl IntoIterator<Item = OsString>,
    env_wizards: Option<OsString>,
    width: impl Fn() -> usize,
) -> Result<Parsed, String> {
    let width: Width = &width;
    let args: Vec<OsString> = args.into_iter().collect();
    let mut state = State::default();
    match state.read(args.iter().cloned(), width) {
        Ok(Some(text)) => Ok(Parsed::Print(text)),
        Ok(None) => state.finish(env_wizards, width),
        // `reachout run --format yaml --help` helps rather than complains.
        Err(message) => match asks_for(&args) {
            Some(Arg::Long("version")) => Ok(Parsed::Print(version())),
            Some(arg) => Ok(Parsed::Print(help(
                state.ctx,
                arg == Arg::Long("help"),
                width(),
            ))),
            None => Err(message),
        },
    }
}

/// The first `--help`, `-h` or `--version` before any `--`.
fn asks_for(args: &[OsString]) -> Option<Arg<'static>> {
    args.iter()
        .take_while(|a| *a != "--")
        .find_map(|a| match a.to_str()? {
            "--help" => Some(Arg::Long("help")),
            "-h" => Some(Arg::Short('h')),
            "--version" | "-V" => Some(Arg::Long("version")),
            _ => None,
        })
}

fn version() -> String {
    format!("reachout {}\n", env!("CARGO_PKG_VERSION"))
}

/// Where on the command line the parser is: the command named so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Ctx {
    #[default]
    Top,
    Run,
    Check,
    List,
    Sessions,
    Clear,
    Graph,
    Help,
}

impl Ctx {
    fn name(self) -> &'static str {
        match self {
            Ctx::Top => "reachout",
            Ctx::Run => "reachout run",
            Ctx::Check => "reachout check",
            Ctx::List => "reachout list",
            Ctx::Sessions => "reachout sessions",
            Ctx::Clear => "reachout sessions clear",
            Ctx::Graph => "reachout graph",
            Ctx::Help => "reachout help",
        }
    }

    fn usage(self) -> &'static str {
        match self {
            Ctx::Top => "reachout [OPTIONS] [PLATFORM]\n       reachout <COMMAND> [OPTIONS]",
            Ctx::Run => "reachout run [OPTIONS] <PLATFORM>",
            Ctx::Check => "reachout check [OPTIONS] [PATHS]...",
            Ctx::List => "reachout list [OPTIONS]",
            Ctx::Sessions => "reachout sessions [OPTIONS] [clear]",
            Ctx::Clear => "reachout sessions clear [OPTIONS]",
            Ctx::Graph => "reachout graph [OPTIONS] <PLATFORM>",
            Ctx::Help => "reachout help [COMMAND]",
        }
    }

    /// The command a word names, at the top level.
    fn command(word: &str) -> Option<Ctx> {
        COMMANDS.iter().find(|c| c.word == word).map(|c| c.ctx)
    }
}

/// A command, for the top-level help and for `reachout help COMMAND`.
struct CommandInfo {
    word: &'static str,
    ctx: Ctx,
    about: &'static str,
    /// Positional arguments: how they are written, what they are.
    args: &'static [(&'static str, &'static str)],
}

const PLATFORM_ARG: (&str, &str) = (
    "<PLATFORM>",
    "Platform id, name or keyword (instagram, insta, whatsapp, vk, ok)",
);

const COMMANDS: &[CommandInfo] = &[
    CommandInfo {
        word: "run",
        ctx: Ctx::Run,
        about: "Walk a platform with answers given up front and print the outcome (exit 0) or the next question (exit 3)",
        args: &[PLATFORM_ARG],
    },
    CommandInfo {
        word: "check",
        ctx: Ctx::Check,
        about: "Check wizard files and report every problem with file:line:col (default: the shipped set)",
        args: &[("[PATHS]...", "Files or directories of *.ron files")],
    },
    CommandInfo {
        word: "list",
        ctx: Ctx::List,
        about: "List the platforms with their node and outcome counts",
        args: &[],
    },
    CommandInfo {
        word: "sessions",
        ctx: Ctx::Sessions,
        about: "List saved sessions (platform, answers, when, finished); `sessions clear` removes them",
        args: &[("clear", CLEAR_ABOUT)],
    },
    CommandInfo {
        word: "graph",
        ctx: Ctx::Graph,
        about: "Print a platform's decision tree as a graph (Graphviz DOT or Mermaid)",
        args: &[PLATFORM_ARG],
    },
    CommandInfo {
        word: "help",
        ctx: Ctx::Help,
        about: "Print this help, or a command's (`reachout help check`)",
        args: &[("[COMMAND]", "The command to explain")],
    },
];

const CLEAR_ABOUT: &str =
    "Remove every saved session, including set-aside and damaged ones (asks first)";

/// What an option sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Plain,
    Resume,
    Fresh,
    Wizards,
    MaxFileSize,
    MaxNodes,
    MaxDepth,
    MaxLabelChars,
    MaxTextChars,
    Answer,
    Format,
    Yes,
}

/// Which commands accept an option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// Every command and the wizard itself.
    Everywhere,
    /// The wizard only (no command).
    Wizard,
    Only(Ctx),
}

struct Opt {
    key: Key,
    long: &'static str,
    short: Option<char>,
    /// The value's placeholder, for options that take one.
    value: Option<&'static str>,
    help: &'static str,
    scope: Scope,
    /// Listed by `--help` only (the limits an author may raise).
    long_help_only: bool,
}

const fn opt(key: Key, long: &'static str, scope: Scope, help: &'static str) -> Opt {
    Opt {
        key,
        long,
        short: None,
        value: None,
        help,
        scope,
        long_help_only: false,
    }
}

const fn valued(opt: Opt, value: &'static str) -> Opt {
    Opt {
        value: Some(value),
        ..opt
    }
}

const fn limit(key: Key, long: &'static str, value: &'static str, help: &'static str) -> Opt {
    Opt {
        long_help_only: true,
        ..valued(opt(key, long, Scope::Everywhere, help), value)
    }
}

const OPTIONS: &[Opt] = &[
    opt(
        Key::Plain,
        "plain",
        Scope::Wizard,
        "Ask line by line without escape sequences (screen readers, pipes); automatic when input is not a terminal",
    ),
    opt(
        Key::Resume,
        "resume",
        Scope::Wizard,
        "Continue the most recent unfinished session without asking",
    ),
    opt(
        Key::Fresh,
        "fresh",
        Scope::Wizard,
        "Start over without offering to resume; unfinished sessions are kept (see `reachout sessions`)",
    ),
    Opt {
        short: Some('a'),
        ..valued(
            opt(
                Key::Answer,
                "answer",
                Scope::Only(Ctx::Run),
                "An answer: question id, '=', choice id (repeat it; `run PLATFORM` alone lists the first question's choices)",
            ),
            "NODE=CHOICE",
        )
    },
    valued(
        opt(
            Key::Format,
            "format",
            Scope::Only(Ctx::Run),
            "text (default) or json",
        ),
        "FORMAT",
    ),
    valued(
        opt(
            Key::Format,
            "format",
            Scope::Only(Ctx::Check),
            "human (default: the source line with a caret under each problem) or short (one line per problem: file:line:col: error: message)",
        ),
        "FORMAT",
    ),
    valued(
        opt(
            Key::Format,
            "format",
            Scope::Only(Ctx::List),
            "text (default) or json",
        ),
        "FORMAT",
    ),
    valued(
        opt(
            Key::Format,
            "format",
            Scope::Only(Ctx::Sessions),
            "text (default) or json",
        ),
        "FORMAT",
    ),
    valued(
        opt(
            Key::Format,
            "format",
            Scope::Only(Ctx::Graph),
            "dot (default: Graphviz) or mermaid",
        ),
        "FORMAT",
    ),
    Opt {
        short: Some('y'),
        ..opt(
            Key::Yes,
            "yes",
            Scope::Only(Ctx::Clear),
            "Do not ask (needed when input is not a terminal)",
        )
    },
    valued(
        opt(
            Key::Wizards,
            "wizards",
            Scope::Everywhere,
            "Load the *.ron wizards in DIR instead of the built-in ones (or set REACHOUT_WIZARDS)",
        ),
        "DIR",
    ),
    limit(
        Key::MaxFileSize,
        "max-file-size",
        "SIZE",
        "Largest wizard file to read, in bytes (suffixes K, M, G; default 64M)",
    ),
    limit(
        Key::MaxNodes,
        "max-nodes",
        "N",
        "Most nodes one wizard file may hold (default 2000000)",
    ),
    limit(
        Key::MaxDepth,
        "max-depth",
        "N",
        "Deepest nesting of brackets the reader follows (default 64)",
    ),
    limit(
        Key::MaxLabelChars,
        "max-label-chars",
        "N",
        "Longest id, title, question or label, in characters (default 300)",
    ),
    limit(
        Key::MaxTextChars,
        "max-text-chars",
        "N",
        "Longest help, action, note or list item, in characters (default 5000)",
    ),
];

impl Opt {
    /// Is `arg` this option, by its long or short name?
    fn is(&self, arg: &Arg<'_>) -> bool {
        match *arg {
            Arg::Long(name) => self.long == name,
            Arg::Short(c) => self.short == Some(c),
            Arg::Value(_) => false,
        }
    }

    fn applies(&self, ctx: Ctx) -> bool {
        match self.scope {
            Scope::Everywhere => ctx != Ctx::Help,
            Scope::Wizard => ctx == Ctx::Top,
            Scope::Only(c) => c == ctx,
        }
    }

    fn shown(&self) -> String {
        match self.value {
            Some(v) => format!("--{} <{v}>", self.long),
            None => format!("--{}", self.long),
        }
    }
}

/// The values `--format` takes in a command, first the default.
fn formats(ctx: Ctx) -> &'static [&'static str] {
    match ctx {
        Ctx::Check => &["human", "short"],
        Ctx::Graph => &["dot", "mermaid"],
        _ => &["text", "json"],
    }
}

#[derive(Default)]
struct State {
    ctx: Ctx,
    cli: Cli,
    /// The platform of `run` or `graph`.
    platform: Option<String>,
    answers: Vec<String>,
    paths: Vec<PathBuf>,
    /// The index into [`formats`] of the chosen format.
    format: usize,
    yes: bool,
    /// `reachout help WORDS...`
    topic: Vec<String>,
}

impl State {
    /// Read the arguments into the state; `Some` is a help or version text to print.
    fn read(
        &mut self,
        args: impl IntoIterator<Item = OsString>,
        width: Width,
    ) -> Result<Option<String>, String> {
        let mut parser = lexopt::Parser::from_args(args);
        loop {
            let arg = match parser.next() {
                Ok(Some(arg)) => arg,
                Ok(None) => return Ok(None),
                Err(lexopt::Error::UnexpectedValue { option, .. }) => {
                    return Err(self.usage_error(&format!("{option} takes no value.")));
                }
                Err(e) => return Err(self.usage_error(&format!("{e}."))),
            };
            match arg {
                Arg::Short('h') | Arg::Long("help") => {
                    let long = arg == Arg::Long("help");
                    return Ok(Some(help(self.ctx, long, width())));
                }
                Arg::Short('V') | Arg::Long("version") => return Ok(Some(version())),
                Arg::Short(_) | Arg::Long(_) => {
                    let shown = match arg {
                        Arg::Short(c) => format!("-{c}"),
                        Arg::Long(name) => format!("--{name}"),
                        Arg::Value(_) => unreachable!("options only"),
                    };
                    let Some(opt) = self.find(arg.clone()) else {
                        return Err(self.unknown_option(arg, &shown));
                    };
                    self.option(opt, &mut parser)?;
                }
                Arg::Value(value) => self.positional(value)?,
            }
        }
    }

    fn find(&self, arg: Arg<'_>) -> Option<&'static Opt> {
        OPTIONS.iter().find(|o| o.applies(self.ctx) && o.is(&arg))
    }

    /// Read `opt` (and its value, if it takes one) into the state.
    fn option(&mut self, opt: &Opt, parser: &mut lexopt::Parser) -> Result<(), String> {
        let Some(placeholder) = opt.value else {
            match opt.key {
                Key::Plain => self.cli.plain = true,
                Key::Resume => self.cli.resume = true,
                Key::Fresh => self.cli.fresh = true,
                Key::Yes => self.yes = true,
                _ => unreachable!("every flag is handled"),
            }
            return Ok(());
        };
        let name = format!("--{}", opt.long);
        let raw = parser.value().map_err(|_| {
            self.usage_error(&format!("{name} needs a value: {name} <{placeholder}>."))
        })?;
        let source = &mut self.cli.source;
        if opt.key == Key::Wizards {
            source.wizards = Some(PathBuf::from(raw));
            return Ok(());
        }
        let Some(value) = raw.to_str() else {
            return Err(self.usage_error(&format!(
                "the value of {name} is not valid UTF-8; write it in plain text."
            )));
        };
        let count = || {
            value
                .trim()
                .parse::<usize>()
                .map_err(|_| format!("{name} wants a whole number, not {}.", quote(value)))
        };
        let parsed = match opt.key {
            Key::MaxFileSize => parse_size(value).map(|n| source.max_file_size = Some(n)),
            Key::MaxNodes => count().map(|n| source.max_nodes = Some(n)),
            Key::MaxDepth => count().map(|n| source.max_depth = Some(n)),
            Key::MaxLabelChars => count().map(|n| source.max_label_chars = Some(n)),
            Key::MaxTextChars => count().map(|n| source.max_text_chars = Some(n)),
            Key::Answer => {
                self.answers.push(value.to_string());
                Ok(())
            }
            Key::Format => {
                let choices = formats(self.ctx);
                match choices.iter().position(|c| c.eq_ignore_ascii_case(value)) {
                    Some(i) => {
                        self.format = i;
                        Ok(())
                    }
                    None => Err(format!(
                        "{} is not a format of `{}`; use {}.",
                        quote(value),
                        self.ctx.name(),
                        choices.join(" or ")
                    )),
                }
            }
            _ => unreachable!("every valued option is handled"),
        };
        parsed.map_err(|message| self.usage_error(&message))
    }

    fn positional(&mut self, value: OsString) -> Result<(), String> {
        if self.ctx == Ctx::Check {
            self.paths.push(PathBuf::from(value));
            return Ok(());
        }
        let Ok(word) = value.into_string() else {
            return Err(self.usage_error("an argument is not valid UTF-8; write it in plain text."));
        };
        match self.ctx {
            Ctx::Top => match Ctx::command(&word) {
                Some(ctx) => self.ctx = ctx,
                None if self.cli.platform.is_none() => self.cli.platform = Some(word),
                None => return Err(self.unexpected(&word)),
            },
            Ctx::Run | Ctx::Graph if self.platform.is_none() => self.platform = Some(word),
            Ctx::Sessions if word == "clear" => self.ctx = Ctx::Clear,
            Ctx::Help => self.topic.push(word),
            _ => return Err(self.unexpected(&word)),
        }
        Ok(())
    }

    fn finish(mut self, env_wizards: Option<OsString>, width: Width) -> Result<Parsed, String> {
        if self.cli.resume && self.cli.fresh {
            return Err(
                self.usage_error("--resume and --fresh cannot be used together; choose one.")
            );
        }
        if self.cli.source.wizards.is_none() {
            self.cli.source.wizards = env_wizards.filter(|w| !w.is_empty()).map(PathBuf::from);
        }
        let platform = match (self.ctx, self.platform.take()) {
            (Ctx::Run | Ctx::Graph, None) => {
                return Err(self.usage_error(&format!(
                    "`{}` needs a platform, for example `{0} instagram` (`reachout list` shows them all).",
                    self.ctx.name()
                )));
            }
            (_, platform) => platform.unwrap_or_default(),
        };
        let format = self.format;
        self.cli.command = match self.ctx {
            Ctx::Top => None,
            Ctx::Help => return help_topic(&self.topic, width()).map(Parsed::Print),
            Ctx::Run => Some(Command::Run {
                platform,
                answers: std::mem::take(&mut self.answers),
                format: [RunFormat::Text, RunFormat::Json][format],
            }),
            Ctx::Graph => Some(Command::Graph {
                platform,
                format: [GraphFormat::Dot, GraphFormat::Mermaid][format],
            }),
            Ctx::Check => Some(Command::Check {
                paths: std::mem::take(&mut self.paths),
                format: [CheckFormat::Human, CheckFormat::Short][format],
            }),
            Ctx::List => Some(Command::List {
                format: [ListFormat::Text, ListFormat::Json][format],
            }),
            Ctx::Sessions | Ctx::Clear => Some(Command::Sessions {
                action: (self.ctx == Ctx::Clear).then_some(SessionsAction::Clear { yes: self.yes }),
                format: [ListFormat::Text, ListFormat::Json][format],
            }),
        };
        Ok(Parsed::Go(self.cli))
    }

    fn unexpected(&self, word: &str) -> String {
        let what = match self.ctx {
            Ctx::Top => "the wizard takes one platform".to_string(),
            Ctx::Run | Ctx::Graph => format!("`{}` takes one platform", self.ctx.name()),
            Ctx::Sessions => "`reachout sessions` takes only `clear`".to_string(),
            ctx => format!("`{}` takes no arguments", ctx.name()),
        };
        let hint = match self.ctx {
            Ctx::Sessions => near(word, ["clear"]),
            _ => None,
        };
        let mut message = format!("unexpected argument {}: {what}.", quote(word));
        if let Some(s) = hint {
            let _ = write!(message, " Did you mean {s}?");
        }
        self.usage_error(&message)
    }

    fn unknown_option(&self, arg: Arg<'_>, shown: &str) -> String {
        // An option of another command, or of the wizard?
        let elsewhere = OPTIONS.iter().find(|o| o.is(&arg));
        if let Some(other) = elsewhere {
            let belongs = match other.scope {
                Scope::Wizard => {
                    "the wizard (`reachout --{}` with no command)".replace("{}", other.long)
                }
                Scope::Only(ctx) => format!("`{}`", ctx.name()),
                Scope::Everywhere => "every command".to_string(),
            };
            return self.usage_error(&format!(
                "{shown} is not an option of `{}`; it belongs to {belongs}.",
                self.ctx.name()
            ));
        }
        let mut candidates: Vec<&str> = OPTIONS
            .iter()
            .filter(|o| o.applies(self.ctx))
            .map(|o| o.long)
            .collect();
        candidates.extend(["help", "version"]);
        let mut message = format!("unknown option {}.", quote(shown));
        let hint = match arg {
            Arg::Long(name) => near(name, candidates),
            _ => None,
        };
        if let Some(s) = hint {
            let _ = write!(message, " Did you mean --{s}?");
        }
        self.usage_error(&message)
    }

    /// `message`, then how to use the command at hand.
    fn usage_error(&self, message: &str) -> String {
        let help = match self.ctx {
            Ctx::Help => "reachout",
            ctx => ctx.name(),
        };
        format!(
            "{message}\n\nUsage: {}\n\nFor more information, run `{help} --help`.",
            self.ctx.usage(),
        )
    }
}

/// The closest of `candidates` to what was typed, within two edits: command and
/// option names are short, and a swapped pair of letters (`--plian`) is two.
fn near<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    suggest_within(typed, candidates, 2)
}

/// `reachout help [COMMAND [clear]]`.
fn help_topic(topic: &[String], width: usize) -> Result<String, String> {
    let words: Vec<&str> = topic.iter().map(String::as_str).collect();
    let ctx = match words.as_slice() {
        [] => Ctx::Top,
        ["sessions", "clear"] => Ctx::Clear,
        [word] => match Ctx::command(word) {
            Some(ctx) => ctx,
            None => return Err(unknown_topic(word)),
        },
        [_, extra, ..] => return Err(unknown_topic(extra)),
    };
    Ok(help(ctx, true, width))
}

fn unknown_topic(word: &str) -> String {
    let mut message = format!("there is no command {}.", quote(word));
    if let Some(s) = near(word, COMMANDS.iter().map(|c| c.word)) {
        let _ = write!(message, " Did you mean {s}?");
    }
    State {
        ctx: Ctx::Help,
        ..State::default()
    }
    .usage_error(&message)
}

const LONG_ABOUT: &str = "Find the one support channel that can help with your account: the right form, \
email, phone number, postal address or in-app path, with what to prepare and what to expect.\n\n\
Run it with no arguments and answer a few questions. On a terminal it opens a full-screen \
wizard; with --plain, or when input is not a terminal, it asks line by line (for screen \
readers, pipes and scripts).\n\n\
Every answer is saved as you go (in $REACHOUT_STATE_DIR, else $XDG_STATE_HOME/reachout); \
the next run offers to resume. `reachout sessions` lists what is saved.";

const EXIT_CODES: &str = "Exit codes: 0 done · 1 runtime error · 2 bad usage or invalid file · \
3 stopped before an outcome · 130 interrupted.";

/// The help of a command: `long` (from `--help`) adds the limits and the long
/// description; `-h` is the summary. Wrapped to `width` columns.
fn help(ctx: Ctx, long: bool, width: usize) -> String {
    let width = width.clamp(40, 100);
    let mut out = String::new();
    let about = match ctx {
        Ctx::Top if long => LONG_ABOUT,
        Ctx::Top | Ctx::Help => "Find the one support channel that can help with your account.",
        Ctx::Clear => CLEAR_ABOUT,
        _ => COMMANDS
            .iter()
            .find(|c| c.ctx == ctx)
            .map_or("", |c| c.about),
    };
    for line in wrap(about, width) {
        out.push_str(&line);
        out.push('\n');
    }
    let _ = write!(out, "\nUsage: {}\n", ctx.usage());
    let mut section = |title: &str, rows: Vec<(String, String)>| {
        if !rows.is_empty() {
            let _ = write!(out, "\n{title}:\n");
            table(&mut out, &rows, width);
        }
    };
    if ctx == Ctx::Top {
        section(
            "Commands",
            COMMANDS
                .iter()
                .map(|c| (format!("  {}", c.word), c.about.to_string()))
                .collect(),
        );
        section("Arguments", vec![("  [PLATFORM]".into(), "Start with this platform (id, name or keyword: instagram, insta, whatsapp, vk, ok) and skip the first question".into())]);
    } else {
        let args = COMMANDS
            .iter()
            .find(|c| c.ctx == ctx)
            .map_or(&[][..], |c| c.args);
        section(
            if ctx == Ctx::Sessions {
                "Commands"
            } else {
                "Arguments"
            },
            args.iter()
                .map(|(a, h)| (format!("  {a}"), h.to_string()))
                .collect(),
        );
    }
    let mut rows: Vec<(String, String)> = OPTIONS
        .iter()
        .filter(|o| o.applies(ctx) && (long || !o.long_help_only))
        .map(|o| {
            let short = o.short.map_or("    ".to_string(), |c| format!("-{c}, "));
            (format!("  {short}{}", o.shown()), o.help.to_string())
        })
        .collect();
    let help = if long {
        "Print help (-h for a summary)"
    } else {
        "Print help (--help also lists the limits a wizard is read with)"
    };
    rows.push(("  -h, --help".into(), help.into()));
    if ctx == Ctx::Top {
        rows.push(("  -V, --version".into(), "Print the version".into()));
    }
    section("Options", rows);
    if ctx == Ctx::Top {
        out.push('\n');
        for line in wrap(EXIT_CODES, width) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// Two columns: the left as given, the right wrapped beside it; when the screen is
/// too narrow for both, the right goes under the left, indented.
fn table(out: &mut String, rows: &[(String, String)], width: usize) {
    let left = rows.iter().map(|(l, _)| columns(l)).max().unwrap_or(0) + 2;
    let (indent, text_width) = if width >= left + 30 {
        (left, width - left)
    } else {
        (8, width - 8)
    };
    for (l, r) in rows {
        let lines = wrap(r, text_width);
        let mut first = true;
        if indent < left || columns(l) + 2 > indent {
            out.push_str(l);
            out.push('\n');
            first = false;
        }
        for line in lines {
            if first {
                let _ = write!(out, "{l}{}", " ".repeat(indent - columns(l)));
                first = false;
            } else {
                out.push_str(&" ".repeat(indent));
            }
            out.push_str(&line);
            out.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::ffi::OsStringExt;

    fn parsed(args: &[&str], env: Option<&str>) -> Result<Parsed, String> {
        parse(
            args.iter().map(OsString::from),
            env.map(OsString::from),
            || 100,
        )
    }

    fn go(args: &[&str]) -> Cli {
        match parsed(args, None) {
            Ok(Parsed::Go(cli)) => cli,
            other => panic!("{args:?} gave {other:?}"),
        }
    }

    fn command(args: &[&str]) -> Command {
        go(args).command.expect("a command")
    }

    fn error(args: &[&str]) -> String {
        match parsed(args, None) {
            Err(message) => message,
            other => panic!("{args:?} should fail, gave {other:?}"),
        }
    }

    fn printed(args: &[&str]) -> String {
        match parsed(args, None) {
            Ok(Parsed::Print(text)) => text,
            other => panic!("{args:?} should print, gave {other:?}"),
        }
    }

    #[test]
    fn the_wizard_and_its_options() {
        assert_eq!(go(&[]), Cli::default());
        let cli = go(&["insta", "--plain", "--resume"]);
        assert_eq!(cli.platform.as_deref(), Some("insta"));
        assert!(cli.plain && cli.resume && !cli.fresh && cli.command.is_none());
        assert!(go(&["--fresh"]).fresh);
        // `--` ends the options: what follows is a platform, even if it looks like one.
        assert_eq!(go(&["--", "--odd"]).platform.as_deref(), Some("--odd"));
        let e = error(&["--resume", "--fresh"]);
        assert!(
            e.starts_with("--resume and --fresh cannot be used together; choose one.\n"),
            "{e}"
        );
        assert!(
            e.ends_with("For more information, run `reachout --help`."),
            "{e}"
        );
    }

    #[test]
    fn every_command_with_its_options() {
        assert_eq!(
            command(&[
                "run",
                "vk",
                "-a",
                "q1=c1",
                "--answer=q2=c2",
                "-aq3=c3",
                "--format",
                "json"
            ]),
            Command::Run {
                platform: "vk".into(),
                answers: vec!["q1=c1".into(), "q2=c2".into(), "q3=c3".into()],
                format: RunFormat::Json,
            }
        );
        assert_eq!(
            command(&["check", "a.ron", "dir", "--format=short"]),
            Command::Check {
                paths: vec!["a.ron".into(), "dir".into()],
                format: CheckFormat::Short,
            }
        );
        assert_eq!(
            command(&["check"]),
            Command::Check {
                paths: vec![],
                format: CheckFormat::Human
            }
        );
        assert_eq!(
            command(&["list", "--format", "JSON"]),
            Command::List {
                format: ListFormat::Json
            }
        );
        assert_eq!(
            command(&["sessions"]),
            Command::Sessions {
                action: None,
                format: ListFormat::Text
            }
        );
        assert_eq!(
            command(&["sessions", "clear", "-y"]),
            Command::Sessions {
                action: Some(SessionsAction::Clear { yes: true }),
                format: ListFormat::Text
            }
        );
        assert_eq!(
            command(&["graph", "ok", "--format", "mermaid"]),
            Command::Graph {
                platform: "ok".into(),
                format: GraphFormat::Mermaid
            }
        );
        // The last of a repeated option wins, as in most tools.
        assert_eq!(
            command(&["list", "--format", "json", "--format", "text"]),
            Command::List {
                format: ListFormat::Text
            }
        );
    }

    /// On a terminal the width is a system call: the wizard's start must not pay it.
    #[test]
    fn the_width_is_asked_only_for_help() {
        let never = || -> usize { panic!("the width was asked without help") };
        for args in [&[][..], &["list"], &["run", "instagram"], &["--fresh"]] {
            let args = args.iter().map(OsString::from);
            let got = parse(args, None, never);
            assert!(matches!(got, Ok(Parsed::Go(_))), "{got:?}");
        }
        // nor for a mistake
        assert!(parse([OsString::from("--nope")], None, never).is_err());
        let asked = std::cell::Cell::new(0);
        let width = || {
            asked.set(asked.get() + 1);
            60
        };
        for args in [&["--help"][..], &["list", "-h"], &["help", "check"]] {
            let args = args.iter().map(OsString::from);
            assert!(matches!(parse(args, None, width), Ok(Parsed::Print(_))));
        }
        assert_eq!(asked.get(), 3);
    }

    #[test]
    fn paths_need_not_be_utf8_but_words_must() {
        let odd = OsString::from_vec(b"caf\xe9.ron".to_vec());
        let args = [OsString::from("check"), odd.clone()];
        let Ok(Parsed::Go(cli)) = parse(args, None, || 100) else {
            panic!("a non-UTF-8 path is a path");
        };
        assert_eq!(
            cli.command,
            Some(Command::Check {
                paths: vec![PathBuf::from(odd.clone())],
                format: CheckFormat::Human
            })
        );
        let e = parse([OsString::from("run"), odd], None, || 100).unwrap_err();
        assert!(e.starts_with("an argument is not valid UTF-8"), "{e}");
    }

    #[test]
    fn source_options_go_anywhere_and_the_environment_fills_in() {
        let cli = go(&[
            "--max-nodes",
            "10",
            "list",
            "--max-file-size",
            "2G",
            "--wizards",
            "w",
        ]);
        assert_eq!(cli.source.max_nodes, Some(10));
        assert_eq!(cli.source.max_file_size, Some(2 << 30));
        assert_eq!(cli.source.wizards, Some(PathBuf::from("w")));
        let limits = go(&[
            "--max-depth=9",
            "--max-label-chars",
            "5",
            "--max-text-chars",
            "6",
        ])
        .source
        .limits();
        assert_eq!(
            (
                limits.max_depth,
                limits.max_label_chars,
                limits.max_text_chars
            ),
            (9, 5, 6)
        );
        assert_eq!(limits.max_nodes, Limits::default().max_nodes);
        // the node index counts in 32 bits
        let huge = go(&["--max-nodes", "99999999999"]).source.limits();
        assert_eq!(huge.max_nodes, u32::MAX as usize);

        let from_env = |args: &[&str], env| match parsed(args, env) {
            Ok(Parsed::Go(cli)) => cli.source.wizards,
            other => panic!("{other:?}"),
        };
        assert_eq!(from_env(&[], Some("env")), Some(PathBuf::from("env")));
        assert_eq!(
            from_env(&["--wizards", "flag"], Some("env")),
            Some(PathBuf::from("flag"))
        );
        assert_eq!(
            from_env(&[], Some("")),
            None,
            "an empty variable is no directory"
        );
    }

    #[test]
    fn mistakes_say_what_is_wrong_and_how_to_use_the_command() {
        let cases: &[(&[&str], &str)] = &[
            (
                &["--plian"],
                "unknown option \"--plian\". Did you mean --plain?",
            ),
            (
                &["list", "--fromat", "json"],
                "unknown option \"--fromat\". Did you mean --format?",
            ),
            (&["-x"], "unknown option \"-x\"."),
            (
                &["list", "--plain"],
                "--plain is not an option of `reachout list`; it belongs to the wizard (`reachout --plain` with no command).",
            ),
            (
                &["list", "-y"],
                "-y is not an option of `reachout list`; it belongs to `reachout sessions clear`.",
            ),
            (
                &["--format", "json"],
                "--format is not an option of `reachout`; it belongs to `reachout run`.",
            ),
            (
                &["list", "--format", "yaml"],
                "\"yaml\" is not a format of `reachout list`; use text or json.",
            ),
            (
                &["check", "--format", "json"],
                "\"json\" is not a format of `reachout check`; use human or short.",
            ),
            (
                &["run", "vk", "-a"],
                "--answer needs a value: --answer <NODE=CHOICE>.",
            ),
            (&["--plain=yes"], "--plain takes no value."),
            (
                &["--max-nodes", "many"],
                "--max-nodes wants a whole number, not \"many\".",
            ),
            (
                &["--max-file-size", "lots"],
                "\"lots\" is not a size; write a number of bytes, optionally with K, M or G (like 128M).",
            ),
            (
                &["run"],
                "`reachout run` needs a platform, for example `reachout run instagram` (`reachout list` shows them all).",
            ),
            (
                &["graph", "--format", "dot"],
                "`reachout graph` needs a platform",
            ),
            (
                &["run", "vk", "ok"],
                "unexpected argument \"ok\": `reachout run` takes one platform.",
            ),
            (
                &["vk", "ok"],
                "unexpected argument \"ok\": the wizard takes one platform.",
            ),
            (
                &["list", "extra"],
                "unexpected argument \"extra\": `reachout list` takes no arguments.",
            ),
            (
                &["sessions", "clr"],
                "unexpected argument \"clr\": `reachout sessions` takes only `clear`. Did you mean clear?",
            ),
            (
                &["help", "chek"],
                "there is no command \"chek\". Did you mean check?",
            ),
            (&["help", "list", "more"], "there is no command \"more\"."),
        ];
        for (args, start) in cases {
            let e = error(args);
            assert!(e.starts_with(start), "{args:?}:\n{e}");
            assert!(e.contains("\n\nUsage: reachout"), "{args:?}:\n{e}");
            assert!(e.ends_with(" --help`."), "{args:?}:\n{e}");
        }
        assert!(error(&["list", "extra"]).ends_with("run `reachout list --help`."));
        assert!(error(&["help", "chek"]).ends_with("run `reachout --help`."));
    }

    #[test]
    fn a_platform_then_a_command_reaches_the_command_to_be_explained() {
        // commands::run explains this one, with the platform in the message.
        let cli = go(&["insta", "list"]);
        assert_eq!(cli.platform.as_deref(), Some("insta"));
        assert_eq!(
            cli.command,
            Some(Command::List {
                format: ListFormat::Text
            })
        );
    }

    #[test]
    fn help_and_version_win_wherever_they_are() {
        assert_eq!(
            printed(&["--version"]),
            format!("reachout {}\n", env!("CARGO_PKG_VERSION"))
        );
        assert_eq!(printed(&["list", "--bad", "-V"]).lines().count(), 1);
        let short = printed(&["-h"]);
        let long = printed(&["--help"]);
        assert!(short.starts_with("Find the one support channel"), "{short}");
        assert!(
            short.contains("\nCommands:\n  run ") && short.contains("Exit codes: 0 done"),
            "{short}"
        );
        assert!(
            !short.contains("--max-nodes") && long.contains("--max-nodes <N>"),
            "{long}"
        );
        assert!(long.contains("Every answer is saved as you go"), "{long}");
        assert_eq!(printed(&["help"]), long);
        assert_eq!(printed(&["help", "check"]), printed(&["check", "--help"]));
        assert_eq!(
            printed(&["help", "sessions", "clear"]),
            printed(&["sessions", "clear", "--help"])
        );
        let run = printed(&["run", "-h"]);
        assert!(
            run.starts_with("Walk a platform") && run.contains("-a, --answer <NODE=CHOICE>"),
            "{run}"
        );
        assert!(printed(&["sessions", "-h"]).contains("\nCommands:\n  clear "));
        // Help comes before any complaint about the rest of the line.
        assert!(printed(&["run", "--format", "yaml", "--help"]).starts_with("Walk a platform"));
    }

    #[test]
    fn help_fits_the_width_and_lists_every_option_of_its_command() {
        let all = [
            Ctx::Top,
            Ctx::Run,
            Ctx::Check,
            Ctx::List,
            Ctx::Sessions,
            Ctx::Clear,
            Ctx::Graph,
            Ctx::Help,
        ];
        for ctx in all {
            for long in [false, true] {
                for width in [10, 40, 41, 57, 58, 60, 80, 100, 200] {
                    let text = help(ctx, long, width);
                    for line in text
                        .lines()
                        .filter(|l| !l.starts_with("Usage:") && !l.starts_with("       reachout"))
                    {
                        assert!(
                            columns(line) <= width.clamp(40, 100),
                            "{ctx:?} {width}: {line:?}"
                        );
                    }
                    for o in OPTIONS
                        .iter()
                        .filter(|o| o.applies(ctx) && (long || !o.long_help_only))
                    {
                        assert!(
                            text.contains(&format!("--{}", o.long)),
                            "{ctx:?} lacks --{}",
                            o.long
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_flag_and_option_is_read() {
        // Each option of the table, given in a command where it applies, is accepted.
        for o in OPTIONS {
            let (mut args, value) = match o.scope {
                Scope::Wizard | Scope::Everywhere => (vec![], "1"),
                Scope::Only(Ctx::Run) => (
                    vec!["run", "vk"],
                    if o.key == Key::Format { "json" } else { "a=b" },
                ),
                Scope::Only(Ctx::Check) => (vec!["check"], "short"),
                Scope::Only(Ctx::Clear) => (vec!["sessions", "clear"], ""),
                Scope::Only(Ctx::Graph) => (vec!["graph", "vk"], "dot"),
                Scope::Only(Ctx::List | Ctx::Sessions) => (
                    vec![if o.scope == Scope::Only(Ctx::List) {
                        "list"
                    } else {
                        "sessions"
                    }],
                    "json",
                ),
                Scope::Only(ctx) => panic!("no options expected for {ctx:?}"),
            };
            let flag = format!("--{}", o.long);
            args.push(&flag);
            if o.value.is_some() {
                args.push(value);
            }
            assert!(matches!(parsed(&args, None), Ok(Parsed::Go(_))), "{args:?}");
        }
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("64MiB"), Ok(64 << 20));
        assert_eq!(parse_size("10k"), Ok(10 << 10));
        assert_eq!(parse_size("123"), Ok(123));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
    }
}
