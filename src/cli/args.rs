//! The command surface as clap derive types: what every command receives, and the
//! text of its help. The doc comments are the help; clap drops a lone sentence's
//! final period.

use super::parse_size;
use clap::builder::{OsStringValueParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;
use std::path::PathBuf;

/// The codes `--lang` takes, English first.
const LANGUAGE_CODES: [&str; 8] = ["en", "ka", "bn", "pl", "sk", "ro", "ru", "uk"];

const ABOUT: &str = "Find the one support channel that can help with your account.";

const LONG_ABOUT: &str = "Find the one support channel that can help with your account: the \
right form, email, phone number, postal address or in-app path, with what to prepare and what \
to expect.\n\n\
Run it with no arguments and answer a few questions. On a terminal it opens a full-screen \
wizard; with --plain, or when input is not a terminal, it asks line by line (for screen \
readers, pipes and scripts).\n\n\
Every answer is saved as you go (in $REACHOUT_STATE_DIR, else $XDG_STATE_HOME/reachout); \
the next run offers to resume. `reachout sessions` lists what is saved.";

const EXIT_CODES: &str = "Exit codes: 0 done · 1 runtime error · 2 bad usage or invalid file · \
3 stopped before an outcome · 130 interrupted.";

/// Everything the command line asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Parser)]
#[command(
    name = "reachout",
    bin_name = "reachout",
    version,
    args_override_self = true,
    about = ABOUT,
    long_about = LONG_ABOUT,
    override_usage = "reachout [OPTIONS] [PLATFORM]\n       reachout <COMMAND> [OPTIONS]",
    after_help = EXIT_CODES,
    max_term_width = 100
)]
pub struct Cli {
    /// Start with this platform and skip the first question (its id, title or keyword;
    /// `reachout list` shows them)
    #[arg(value_name = "PLATFORM")]
    pub platform: Option<String>,
    /// Ask line by line without escape sequences (screen readers, pipes); automatic when
    /// input is not a terminal
    #[arg(long)]
    pub plain: bool,
    /// Continue the most recent unfinished session without asking
    #[arg(long, conflicts_with = "fresh")]
    pub resume: bool,
    /// Start over without offering to resume; unfinished sessions are kept (see
    /// `reachout sessions`)
    #[arg(long)]
    pub fresh: bool,
    /// Save answers (the `s` key) in this folder; default: your Documents folder, else
    /// Downloads, else your home folder
    #[arg(
        long,
        value_name = "DIR",
        env = "REACHOUT_SAVE_DIR",
        hide_env_values = true
    )]
    pub save_dir: Option<PathBuf>,
    /// Speak this language (en, ka, bn, pl, sk, ro, ru, uk); default: from LC_ALL,
    /// LC_MESSAGES or LANG, else English. `reachout languages` lists them
    #[arg(long, global = true, value_name = "CODE", value_parser = clap::builder::PossibleValuesParser::new(LANGUAGE_CODES))]
    pub lang: Option<String>,
    #[command(flatten)]
    pub source: SourceArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum Command {
    /// Walk a platform with answers given up front and print the outcome (exit 0) or the
    /// next question (exit 3)
    Run {
        /// The platform (its id, title or keyword)
        #[arg(value_name = "PLATFORM")]
        platform: String,
        /// An answer: question id, '=', choice id (repeat it; `run PLATFORM` alone lists
        /// the first question's choices)
        #[arg(short, long = "answer", value_name = "NODE=CHOICE")]
        answers: Vec<String>,
        /// Write the message of this way to get help (its number on the outcome, from 1);
        /// prints the message instead of the outcome, exit 3 while a question it needs
        /// is unanswered
        #[arg(long, value_name = "N")]
        draft: Option<usize>,
        /// An answer to the message's questions: field id, '=', the answer (repeat it;
        /// `--draft N` alone lists the questions)
        #[arg(long = "field", value_name = "NAME=VALUE", requires = "draft")]
        fields: Vec<String>,
        /// How to print the outcome or the question (json: for other programs; see
        /// docs/json.md)
        #[arg(long, value_enum, ignore_case = true, default_value_t = RunFormat::Text)]
        format: RunFormat,
    },
    /// Check wizard files and report every problem with file:line:col (default: the
    /// shipped set)
    Check {
        /// Files or directories of *.ron files
        #[arg(value_name = "PATHS")]
        paths: Vec<PathBuf>,
        /// How to show each problem
        #[arg(long, value_enum, ignore_case = true, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
    },
    /// List the platforms reachout has a guide for, the names it knows them by, and how
    /// many situations each covers
    List {
        /// A table, or JSON for other programs
        #[arg(long, value_enum, ignore_case = true, default_value_t = ListFormat::Text)]
        format: ListFormat,
        /// For authors: each guide's id, title and counts of nodes, questions and outcomes
        #[arg(short, long)]
        verbose: bool,
    },
    /// List saved sessions (platform, answers, when, finished), numbered; `sessions open N`
    /// opens one, `sessions clear` removes them
    #[command(disable_help_subcommand = true)]
    Sessions {
        #[command(subcommand)]
        action: Option<SessionsAction>,
        /// A table, or JSON for other programs
        #[arg(long, value_enum, ignore_case = true, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Print a platform's decision tree as a graph (Graphviz DOT or Mermaid)
    Graph {
        /// The platform (its id, title or keyword)
        #[arg(value_name = "PLATFORM")]
        platform: String,
        /// The graph language
        #[arg(long, value_enum, ignore_case = true, default_value_t = GraphFormat::Dot)]
        format: GraphFormat,
    },
    /// List the languages, with how complete each is for the interface and each platform
    Languages {
        /// A table, or JSON for other programs
        #[arg(long, value_enum, ignore_case = true, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Print a platform's translation file to fill in (for translators)
    ///
    /// Print a platform's translation file to fill in: every text of the wizard as a key,
    /// its English above it as a comment, the translation where there is one (an empty
    /// string where not), and the hash of the English it translates. Save it as
    /// wizards/LANG/PLATFORM.ron, fill in the empty strings, and run `reachout check`.
    Translate {
        /// The language to translate into (ka, bn, pl, sk, ro, ru, uk)
        #[arg(value_name = "LANG", value_parser = clap::builder::PossibleValuesParser::new(&LANGUAGE_CODES[1..]))]
        language: String,
        /// The platform (its id, title or keyword)
        #[arg(value_name = "PLATFORM")]
        platform: String,
    },
    /// Print a shell completion script (bash, zsh, fish, powershell or elvish)
    ///
    /// Print a shell completion script. Save it where the shell looks for completions,
    /// for example `reachout completions bash > ~/.local/share/bash-completion/completions/reachout`,
    /// `reachout completions zsh > ~/.zfunc/_reachout` (with ~/.zfunc in $fpath) or
    /// `reachout completions fish > ~/.config/fish/completions/reachout.fish`.
    Completions {
        /// The shell to complete in
        #[arg(value_enum, ignore_case = true)]
        shell: Shell,
    },
    /// Print the manual page, or a command's, as roff (`reachout man | man -l -`)
    ///
    /// Print the manual page, or a command's, as roff: `reachout man | man -l -` reads it
    /// now. To install the pages, write `reachout man > DIR/reachout.1` and, for each
    /// command, `reachout man run > DIR/reachout-run.1`, where DIR is a man1 directory on
    /// the manual path (for example ~/.local/share/man/man1).
    Man {
        /// The command whose page to print (`reachout man sessions clear`)
        #[arg(value_name = "COMMAND")]
        command: Vec<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum SessionsAction {
    /// Remove every saved session, including set-aside and damaged ones (asks first)
    Clear {
        /// Do not ask (needed when input is not a terminal)
        #[arg(short, long)]
        yes: bool,
    },
    /// Open a saved session in the wizard: an unfinished one goes on, a finished one
    /// shows its result again
    Open {
        /// Its number in the list `reachout sessions` prints
        #[arg(value_name = "NUMBER", value_parser = clap::value_parser!(u32).range(1..))]
        number: u32,
        /// Ask line by line without escape sequences (screen readers, pipes); automatic
        /// when input is not a terminal
        #[arg(long)]
        plain: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RunFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// The source line with a caret under the problem
    Human,
    /// One line per problem: file:line:col: error: message
    Short,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// Graphviz (`reachout graph instagram | dot -Tsvg > tree.svg`)
    Dot,
    /// A Mermaid flowchart, for Markdown pages that draw one
    Mermaid,
}

/// Where wizards come from and the limits they are read with: options of every command.
/// The limits are for authors, so `-h` leaves them out and `--help` lists them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Args)]
pub struct SourceArgs {
    /// Use the wizards (*.ron) in DIR, not the built-in ones
    // Read as it is: an empty REACHOUT_WIZARDS means "not set" (`super::parse`), and
    // clap's path parser would refuse it.
    #[arg(
        long,
        global = true,
        value_name = "DIR",
        env = "REACHOUT_WIZARDS",
        hide_env_values = true,
        value_parser = OsStringValueParser::new().map(PathBuf::from)
    )]
    pub wizards: Option<PathBuf>,
    /// Largest wizard file to read, in bytes (suffixes K, M, G; default 64M)
    #[arg(long, global = true, value_name = "SIZE", value_parser = parse_size, hide_short_help = true)]
    pub max_file_size: Option<u64>,
    /// Most nodes one wizard file may hold (default 2000000)
    #[arg(long, global = true, value_name = "N", hide_short_help = true)]
    pub max_nodes: Option<usize>,
    /// Deepest nesting of brackets the reader follows (default 64)
    #[arg(long, global = true, value_name = "N", hide_short_help = true)]
    pub max_depth: Option<usize>,
    /// Longest id, title, question or label, in characters (default 300)
    #[arg(long, global = true, value_name = "N", hide_short_help = true)]
    pub max_label_chars: Option<usize>,
    /// Longest help, action, note or list item, in characters (default 5000)
    #[arg(long, global = true, value_name = "N", hide_short_help = true)]
    pub max_text_chars: Option<usize>,
}
