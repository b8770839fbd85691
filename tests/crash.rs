//! kill -9 at random moments while the wizard saves. The wizard is fed a stream of
//! answers and backs (`1`, then `2`, `b`, `2`, `b`, …), so it does little but save:
//! each step is a write, two fsyncs and a rename (~10 ms here). After each kill the
//! state directory must hold a session that parses (never torn) and that holds every
//! step the wizard acknowledged by printing the next question (never lost).
//!
//! `cargo test` runs a short version; the full 1,000 kills:
//! `scripts/crash-test.sh` (or `CRASH_RUNS=1000 cargo test --test crash -- --ignored`).

mod common;
use common::*;
use reachout::store::sessions::SessionDir;
use std::io::{Read, Write};
use std::process::Stdio;
use std::time::{Duration, SystemTime};

const WIZARDS: &str = "tests/fixtures/sessions/wizards";

#[derive(Debug, Default)]
struct Tally {
    runs: usize,
    /// Killed while a temporary file existed: in the middle of a write.
    mid_write: usize,
    /// The kill came after at least one acknowledged step.
    after_a_save: usize,
    torn: Vec<String>,
    lost: Vec<String>,
}

/// xorshift64*: enough randomness for kill times, and reproducible from the seed.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}

/// The answers saved after `k` acknowledged steps: none, then 1, 2, 1, 2, …
fn answers_after(k: usize) -> Option<usize> {
    match k {
        0 => None,
        k if k % 2 == 1 => Some(1),
        _ => Some(2),
    }
}

fn crash(runs: usize, seed: u64) -> Tally {
    let mut rng = Rng(seed | 1);
    let mut tally = Tally::default();
    let mut input = String::from("1\n");
    for _ in 0..300 {
        input.push_str("2\nb\n");
    }
    for run in 0..runs {
        let state = private_state();
        let mut child = command_in(&state, &["beta", "--plain", "--wizards", WIZARDS])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // keep stdin open: the wizard must be killed, not run out of input
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(input.as_bytes()).unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut out = Vec::new();
            let _ = stdout.read_to_end(&mut out);
            out
        });
        std::thread::sleep(Duration::from_micros(rng.below(150_000)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        drop(stdin);
        let out = String::from_utf8_lossy(&reader.join().unwrap()).into_owned();

        // every prompt after the first acknowledges one saved step
        let acknowledged = out.matches("\n> ").count() + usize::from(out.starts_with("> "));
        let acknowledged = acknowledged.saturating_sub(1);
        tally.runs += 1;
        tally.after_a_save += usize::from(acknowledged > 0);
        let leftovers = std::fs::read_dir(&state)
            .map(|d| {
                d.filter(|e| {
                    let name = e.as_ref().unwrap().file_name();
                    let name = name.to_string_lossy();
                    name.starts_with('.') && name.ends_with(".tmp")
                })
                .count()
            })
            .unwrap_or(0);
        tally.mid_write += usize::from(leftovers > 0);

        let scan = SessionDir::at(&state).scan().unwrap();
        let what = format!("run {run} (seed {seed}): {acknowledged} steps acknowledged");
        if !scan.damaged.is_empty() {
            tally.torn.push(format!("{what}: {:?}", scan.damaged));
        } else if scan.sessions.len() > 1 {
            tally
                .lost
                .push(format!("{what}: {} sessions", scan.sessions.len()));
        } else {
            let saved = scan.sessions.first().map(|s| s.session.answers.len());
            // the step after the last acknowledged one may have been saved, too
            let fits =
                saved == answers_after(acknowledged) || saved == answers_after(acknowledged + 1);
            if !fits {
                tally
                    .lost
                    .push(format!("{what}: the file holds {saved:?} answers"));
            }
        }
        let _ = std::fs::remove_dir_all(&state);
    }
    tally
}

fn check(runs: usize) {
    let seed = std::env::var("CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    let t = crash(runs, seed);
    eprintln!(
        "crash test (seed {seed}): {} kills, {} after at least one save, {} in the middle of a write; {} torn, {} lost",
        t.runs,
        t.after_a_save,
        t.mid_write,
        t.torn.len(),
        t.lost.len()
    );
    assert!(t.torn.is_empty(), "torn sessions: {:#?}", t.torn);
    assert!(t.lost.is_empty(), "lost sessions: {:#?}", t.lost);
    // the test means something only if kills landed after saves and inside writes
    assert!(t.after_a_save * 2 > t.runs, "{t:?}");
    assert!(t.mid_write > 0 || t.runs < 20, "{t:?}");
}

#[test]
fn kill_9_while_saving_never_tears_or_loses_a_session() {
    check(
        std::env::var("CRASH_RUNS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(40),
    );
}

#[test]
#[ignore = "about two minutes; run by scripts/crash-test.sh"]
fn kill_9_a_thousand_times() {
    check(
        std::env::var("CRASH_RUNS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(1000),
    );
}
