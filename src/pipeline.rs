//! The streaming audit pipeline: read a chunk of records, analyse it in parallel, hand the
//! outcomes on in input order, repeat. Memory holds one chunk at a time whatever the input
//! size, and the order (so the output bytes) is the same for any number of threads.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Duration;

use rayon::prelude::*;

use crate::analyse::{GoalAnalysis, Orientation};
use crate::engine::{Engine, Options};
use crate::io::read::Record;
use crate::rules::goal_flags;

/// A record and what became of it.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub record: Record,
    /// The analysis, or why there is none.
    pub result: Result<GoalAnalysis, String>,
}

/// Records per chunk: large enough to keep every core busy, small enough for flat memory. A
/// chunk's analyses and rendered rows are most of the audit's peak memory: at 4096 it peaked at
/// 64 MB, at 2048 at 40 MB, as fast; 1024 saves no more and is slower.
pub const CHUNK_SIZE: usize = 2048;

/// Runs the pipeline over `records` with `threads` workers (0: one per core), calling
/// `on_chunk` with each chunk's outcomes in input order. `render` runs on the workers too,
/// beside the analysis, so output can be formatted in parallel and only written in order.
pub fn run<E, R: Send>(
    records: impl Iterator<Item = Record>,
    engine: &Engine,
    options: &Options,
    threads: usize,
    render: impl Fn(&Outcome) -> R + Sync,
    mut on_chunk: impl FnMut(&[(Outcome, R)]) -> Result<(), E>,
) -> Result<(), E> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool of this size can be built");
    let mut records = records.peekable();
    let mut chunk: Vec<Record> = Vec::with_capacity(CHUNK_SIZE);
    while records.peek().is_some() {
        chunk.extend(records.by_ref().take(CHUNK_SIZE));
        let outcomes: Vec<(Outcome, R)> = pool.install(|| {
            chunk
                .par_drain(..)
                .map(|record| {
                    let result = match &record.text {
                        Ok(text) => Ok(engine.analyse(text, options)),
                        Err(reason) => Err(reason.clone()),
                    };
                    let outcome = Outcome { record, result };
                    let rendered = render(&outcome);
                    (outcome, rendered)
                })
                .collect()
        });
        on_chunk(&outcomes)?;
    }
    Ok(())
}

/// What the run did, for the summary on standard error.
#[derive(Debug, Default)]
pub struct Summary {
    pub records: u64,
    pub errors: u64,
    /// `file:line: reason` of the first few row errors.
    pub first_errors: Vec<String>,
    pub orientation: [u64; 4],
    pub woop_complete: u64,
    pub quality_sum: u64,
    pub flags: BTreeMap<&'static str, u64>,
    pub elapsed: Duration,
}

/// How many row errors the summary lists.
const ERRORS_LISTED: usize = 5;

impl Summary {
    pub fn add(&mut self, outcome: &Outcome) {
        self.records += 1;
        match &outcome.result {
            Err(reason) => {
                self.errors += 1;
                if self.first_errors.len() < ERRORS_LISTED {
                    let r = &outcome.record;
                    self.first_errors
                        .push(format!("{}:{}: {reason}", r.file, r.line));
                }
            }
            Ok(a) => {
                let index = Orientation::ALL
                    .iter()
                    .position(|o| *o == a.orientation)
                    .unwrap_or(3);
                self.orientation[index] += 1;
                if a.wish && a.outcome && a.obstacle && a.plan {
                    self.woop_complete += 1;
                }
                self.quality_sum += u64::from(a.quality);
                for rule in goal_flags(a) {
                    *self.flags.entry(rule.code).or_default() += 1;
                }
            }
        }
    }

    /// The summary as lines for standard error.
    pub fn render(&self) -> String {
        let elapsed = self.elapsed;
        let analysed = self.records - self.errors;
        let share = |n: u64| {
            if analysed == 0 {
                0.0
            } else {
                100.0 * n as f64 / analysed as f64
            }
        };
        let mut out = String::new();
        let _ = writeln!(
            out,
            "goalcheck: {} records, {} analysed, {} with errors",
            self.records, analysed, self.errors
        );
        let orientations: Vec<String> = Orientation::ALL
            .iter()
            .zip(self.orientation)
            .map(|(o, n)| format!("{o} {n} ({:.0}%)", share(n)))
            .collect();
        let _ = writeln!(out, "  orientation: {}", orientations.join(", "));
        let mean = if analysed == 0 {
            0.0
        } else {
            self.quality_sum as f64 / analysed as f64
        };
        let _ = writeln!(
            out,
            "  all four WOOP parts: {} ({:.0}%), mean quality {:.1}",
            self.woop_complete,
            share(self.woop_complete),
            mean
        );
        let mut flags: Vec<(&&str, &u64)> = self.flags.iter().collect();
        flags.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let top: Vec<String> = flags
            .iter()
            .take(5)
            .map(|(code, n)| format!("{code} {n}"))
            .collect();
        if !top.is_empty() {
            let _ = writeln!(out, "  most frequent flags: {}", top.join(", "));
        }
        for error in &self.first_errors {
            let _ = writeln!(out, "  error: {error}");
        }
        if self.errors > self.first_errors.len() as u64 {
            let _ = writeln!(
                out,
                "  … and {} more rows with errors",
                self.errors - self.first_errors.len() as u64
            );
        }
        let seconds = elapsed.as_secs_f64();
        let rate = if seconds > 0.0 {
            self.records as f64 / seconds
        } else {
            0.0
        };
        let _ = writeln!(out, "  {:.2} s, {:.0} goals/s", seconds, rate);
        out
    }
}
