//! End-to-end benchmark: a deterministic synthetic corpus of N goals, `goalcheck audit` on it
//! and the floor program on the same file, with goals/s, MB/s, peak RSS and the ratio
//! audit/floor, for 1 thread and for all cores.
//!
//! `cargo build --release --examples && cargo run --release --example e2e -- 1000000`
#![allow(unsafe_code)] // wait4 is the one way to read a child process's peak memory.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// A small deterministic generator (SplitMix64): the same corpus on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const NL: &[&str] = &[
    "Ik wil beter leren luisteren tijdens overleggen, zodat collega's zich gehoord voelen.",
    "Ik merk dat ik snel overneem.",
    "Als een klant boos wordt, dan vraag ik eerst wat hij nodig heeft.",
    "Ik wil in Q3 120% van mijn target halen.",
    "Ik wil dit project foutloos afronden.",
    "Elke week vraag ik feedback aan mijn leidinggevende.",
    "Geen klachten meer over de planning.",
    "Kotlin leren",
    "Ik wil mijn projectmanagementvaardigheden verbeteren door actief feedback te vragen.",
    "Mijn valkuil is dat ik te veel zelf doe.",
];
const EN: &[&str] = &[
    "I want to get better at delegating, so that my team grows.",
    "I tend to take the hardest tickets myself.",
    "When a colleague asks for help, I'll first ask what they would do.",
    "Close 110% of annual quota.",
    "Zero escaped defects in production.",
    "Every Friday I'll review my calls with my manager.",
    "Learn Terraform",
    "I want to learn React and rebuild the settings page by the end of Q2.",
    "My pitfall is that I say yes to every request.",
    "Improve my report writing for the committee.",
];

/// Writes `n` goals of 3 to about 150 words, half Dutch, half English.
fn generate(path: &Path, n: u64) {
    let mut out = BufWriter::new(File::create(path).unwrap());
    writeln!(out, "id,plan_id,text").unwrap();
    let mut rng = Rng(42);
    for i in 0..n {
        let pool = if rng.next().is_multiple_of(2) { NL } else { EN };
        // Mostly short goals, some long ones: 1 sentence in 2, up to 12 in 1 of 20.
        let sentences = match rng.next() % 20 {
            0 => 6 + rng.next() % 7,
            1..=9 => 1,
            _ => 2 + rng.next() % 3,
        };
        let text: Vec<&str> = (0..sentences).map(|_| rng.pick(pool)).collect();
        writeln!(
            out,
            "{i},p{},\"{}\"",
            i / 3,
            text.join(" ").replace('"', "\"\"")
        )
        .unwrap();
    }
}

/// Runs `command`, returning wall seconds and the child's peak RSS in MB.
fn measure(command: &mut Command) -> (f64, f64) {
    let started = Instant::now();
    let child = command.spawn().expect("the program runs");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: wait4 on our own child with valid pointers; it reaps the child exactly once.
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(reaped, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "the program failed"
    );
    std::mem::forget(child);
    (
        started.elapsed().as_secs_f64(),
        usage.ru_maxrss as f64 / 1024.0,
    )
}

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .map_or(100_000, |a| a.parse().expect("N is a number"));
    let dir = PathBuf::from("target/e2e");
    fs::create_dir_all(&dir).unwrap();
    let corpus = dir.join(format!("goals-{n}.csv"));
    if !corpus.exists() {
        generate(&corpus, n);
    }
    let megabytes = fs::metadata(&corpus).unwrap().len() as f64 / 1e6;
    let release = Path::new("target/release");
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
    println!("{n} goals, {megabytes:.1} MB ({})", corpus.display());
    println!(
        "{:<22} {:>9} {:>12} {:>9} {:>10}",
        "", "seconds", "goals/s", "MB/s", "peak MB"
    );
    let mut floor_seconds = [0.0; 2];
    for (i, threads) in [1, cores].into_iter().enumerate() {
        let (seconds, rss) = measure(
            Command::new(release.join("examples/floor"))
                .arg(&corpus)
                .arg(threads.to_string())
                .stderr(std::process::Stdio::null()),
        );
        floor_seconds[i] = seconds;
        println!(
            "{:<22} {seconds:>9.2} {:>12.0} {:>9.1} {rss:>10.1}",
            format!("floor, {threads} thread(s)"),
            n as f64 / seconds,
            megabytes / seconds
        );
    }
    for (i, threads) in [1, cores].into_iter().enumerate() {
        let (seconds, rss) = measure(
            Command::new(release.join("goalcheck"))
                .args([
                    "audit",
                    "--quiet",
                    "-o",
                    "/dev/null",
                    "--threads",
                    &threads.to_string(),
                ])
                .arg(&corpus),
        );
        println!(
            "{:<22} {seconds:>9.2} {:>12.0} {:>9.1} {rss:>10.1}   ratio to floor {:.1}",
            format!("audit, {threads} thread(s)"),
            n as f64 / seconds,
            megabytes / seconds,
            seconds / floor_seconds[i]
        );
    }
}
