//! The speed floor `goalcheck audit` is measured against: read the CSV with the csv crate
//! (byte records) and scan every text field with one aho-corasick automaton built from all
//! lexicon cues, in parallel with rayon, counting matches. Nothing more can be done per goal.
//!
//! `cargo run --release --example floor -- FILE.csv [THREADS]`

use std::time::Instant;

use aho_corasick::{AhoCorasick, MatchKind};
use goalcheck::lexicon::Lexicons;
use rayon::prelude::*;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: floor FILE.csv [THREADS]");
    let threads: usize = args
        .next()
        .map_or(0, |t| t.parse().expect("THREADS is a number"));
    let started = Instant::now();
    let lexicons = Lexicons::builtin().expect("embedded lexicons");
    let cues: Vec<String> = [&lexicons.nl, &lexicons.en]
        .iter()
        .flat_map(|l| l.entries.iter())
        .flat_map(|e| {
            e.phrase
                .split("...")
                .map(|p| p.trim().to_lowercase())
                .collect::<Vec<_>>()
        })
        .filter(|p| !p.is_empty())
        .collect();
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(&cues)
        .expect("automaton");
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    let mut reader = csv::Reader::from_path(&path).expect("readable CSV");
    let text = reader
        .byte_headers()
        .unwrap()
        .iter()
        .position(|h| h == b"text")
        .expect("a text column");
    let (mut records, mut matches, mut bytes) = (0u64, 0u64, 0u64);
    let mut chunk = Vec::with_capacity(4096);
    let mut record = csv::ByteRecord::new();
    loop {
        chunk.clear();
        while chunk.len() < 4096 && reader.read_byte_record(&mut record).unwrap() {
            chunk.push(record.clone());
        }
        if chunk.is_empty() {
            break;
        }
        records += chunk.len() as u64;
        bytes += chunk.iter().map(|r| r.as_slice().len() as u64).sum::<u64>();
        matches += pool.install(|| {
            chunk
                .par_iter()
                .map(|r| automaton.find_iter(r.get(text).unwrap_or_default()).count() as u64)
                .sum::<u64>()
        });
    }
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "floor: {records} records, {matches} matches, {seconds:.2} s, {:.0} goals/s, {:.1} MB/s, {} cues",
        records as f64 / seconds,
        bytes as f64 / seconds / 1e6,
        cues.len()
    );
}
