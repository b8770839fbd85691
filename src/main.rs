#![forbid(unsafe_code)]

use clap::Parser;
use reachout::cli::Cli;
use reachout::commands::{self, Exit};
use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match commands::run(cli) {
        Ok(exit) => exit,
        Err(failure) => {
            // A closed pipe (`reachout list | head -1`) is not worth a message.
            if failure.message.contains("broken pipe") {
                Exit::Done
            } else {
                let _ = writeln!(io::stderr(), "{}", failure.text());
                failure.exit
            }
        }
    };
    ExitCode::from(code as u8)
}
