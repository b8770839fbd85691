#![forbid(unsafe_code)]

use reachout::cli;
use reachout::commands::{self, Exit, Failure};
use std::process::ExitCode;

fn main() -> ExitCode {
    let outcome = match cli::parse(std::env::args_os()) {
        Ok(cli) => commands::run(cli),
        // help and the version: on stdout, exit 0
        Err(help) if !help.use_stderr() => help.print().map(|()| Exit::Done).map_err(Failure::from),
        // a usage mistake: clap's message, cleaned like every other (it may quote what
        // was typed), exit 2
        Err(mistake) => {
            let text = mistake.render().to_string();
            Err(Failure::usage(
                text.strip_prefix("error: ").unwrap_or(&text),
            ))
        }
    };
    let code = match outcome {
        Ok(exit) => exit,
        Err(failure) => {
            // A closed pipe (`reachout list | head -1`) is not worth a message.
            if failure.message.contains("broken pipe") {
                Exit::Done
            } else {
                failure.print();
                failure.exit
            }
        }
    };
    ExitCode::from(code as u8)
}
