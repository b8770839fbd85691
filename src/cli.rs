//! The whole command surface (clap derive).

use crate::validate::Limits;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "reachout",
    version,
    about = "Find the one support channel that can help with your account.",
    long_about = "Find the one support channel that can help with your account: the right form, \
email, phone number, postal address or in-app path, with what to prepare and what to expect.\n\n\
Run it with no arguments and answer a few questions. On a terminal it opens a full-screen \
wizard; with --plain, or when input is not a terminal, it asks line by line (for screen \
readers, pipes and scripts).\n\n\
Every answer is saved as you go (in $REACHOUT_STATE_DIR, else $XDG_STATE_HOME/reachout); \
the next run offers to resume. `reachout sessions` lists what is saved.",
    after_help = "Exit codes: 0 done · 1 runtime error · 2 bad usage or invalid file · \
3 stopped before an outcome · 130 interrupted.",
    subcommand_precedence_over_arg = true
)]
pub struct Cli {
    /// Start with this platform (id, name or keyword: instagram, insta, whatsapp, vk, ok) and skip the first question
    pub platform: Option<String>,

    /// Ask line by line without escape sequences (screen readers, pipes); automatic when input is not a terminal
    #[arg(long)]
    pub plain: bool,

    /// Continue the most recent unfinished session without asking
    #[arg(long, conflicts_with = "fresh")]
    pub resume: bool,

    /// Start over without offering to resume; unfinished sessions are kept (see `reachout sessions`)
    #[arg(long)]
    pub fresh: bool,

    #[command(flatten)]
    pub source: SourceArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Walk a platform with answers given up front and print the outcome (exit 0) or the next question (exit 3)
    Run {
        /// Platform id, name or keyword
        platform: String,
        /// An answer: question id, '=', choice id (repeat it; `run PLATFORM` alone lists the first question's choices)
        #[arg(long = "answer", short = 'a', value_name = "NODE=CHOICE")]
        answers: Vec<String>,
        #[arg(long, value_enum, default_value_t = RunFormat::Text)]
        format: RunFormat,
    },
    /// Check wizard files and report every problem with file:line:col (default: the shipped set)
    Check {
        /// Files or directories of *.ron files
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
    },
    /// List the platforms with their node and outcome counts
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// List saved sessions (platform, answers, when, finished); `sessions clear` removes them
    Sessions {
        #[command(subcommand)]
        action: Option<SessionsAction>,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Print a platform's decision tree as a graph (Graphviz DOT or Mermaid)
    Graph {
        /// Platform id, name or keyword
        platform: String,
        #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
        format: GraphFormat,
    },
}

#[derive(Debug, Subcommand)]
pub enum SessionsAction {
    /// Remove every saved session, including set-aside and damaged ones (asks first)
    Clear {
        /// Do not ask (needed when input is not a terminal)
        #[arg(long, short = 'y')]
        yes: bool,
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
    Dot,
    Mermaid,
}

/// Where wizards come from and the limits they are read with (for every command).
#[derive(Debug, Clone, Args)]
pub struct SourceArgs {
    /// Load the *.ron wizards in DIR instead of the built-in ones
    #[arg(long, value_name = "DIR", env = "REACHOUT_WIZARDS", global = true)]
    pub wizards: Option<PathBuf>,

    /// Largest wizard file to read, in bytes (suffixes K, M, G; default 64M)
    #[arg(long, value_name = "SIZE", value_parser = parse_size, global = true, hide_short_help = true)]
    pub max_file_size: Option<u64>,

    /// Most nodes one wizard file may hold (default 2000000)
    #[arg(long, value_name = "N", global = true, hide_short_help = true)]
    pub max_nodes: Option<usize>,

    /// Deepest nesting of brackets the reader follows (default 64)
    #[arg(long, value_name = "N", global = true, hide_short_help = true)]
    pub max_depth: Option<usize>,

    /// Longest id, title, question or label, in characters (default 300)
    #[arg(long, value_name = "N", global = true, hide_short_help = true)]
    pub max_label_chars: Option<usize>,

    /// Longest help, action, note or list item, in characters (default 5000)
    #[arg(long, value_name = "N", global = true, hide_short_help = true)]
    pub max_text_chars: Option<usize>,
}

impl SourceArgs {
    pub fn limits(&self) -> Limits {
        let d = Limits::default();
        Limits {
            max_file_bytes: self.max_file_size.unwrap_or(d.max_file_bytes),
            max_nodes: self.max_nodes.unwrap_or(d.max_nodes),
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
        .ok_or_else(|| format!("{s:?} is not a size; write a number of bytes, optionally with K, M or G (like 128M)"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
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
