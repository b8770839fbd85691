//! The alternate screen, "Which color do you want?" and five items in one write; then
//! it waits for a line (Enter) and leaves the alternate screen. No raw mode, no
//! library: the least a Rust program can do to show the menu's first screen.

use std::io::{BufRead, Write};

fn main() -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(
        b"\x1b[?1049h\x1b[H\x1b[2JWhich color do you want?\r\n\
          > Red\r\n  Green\r\n  Blue\r\n  Yellow\r\n  Purple\r\n",
    )?;
    out.flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    out.write_all(b"\x1b[?1049l")?;
    out.flush()
}
