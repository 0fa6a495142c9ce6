//! Per-stage benches: tokenising and analysing one goal, analysing a batch of the dev corpus,
//! and building the engine from the embedded lexicons (the start-up cost of `goalcheck check`).
//!
//! `cargo bench`; the end-to-end comparison with the floor is `cargo run --release --example e2e`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use goalcheck::lexicon::Lexicons;
use goalcheck::text::tokenise::tokenise;
use goalcheck::{Engine, Options};

const WOOP: &str = "Ik wil beter luisteren tijdens overleggen, zodat collega's zich gehoord voelen. \
    Ik merk dat ik snel overneem, dus ik spreek met mezelf af om na elke bijdrage eerst een \
    samenvattende vraag te stellen.";

fn dev_goals() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/corpus/dev.csv");
    csv::Reader::from_path(path)
        .expect("dev corpus")
        .records()
        .map(|r| r.expect("record")[3].to_string())
        .collect()
}

fn one_goal(c: &mut Criterion) {
    let mut group = c.benchmark_group("goal");
    group.throughput(Throughput::Bytes(WOOP.len() as u64));
    group.bench_function("tokenise", |b| {
        b.iter(|| tokenise(std::hint::black_box(WOOP)))
    });
    let engine = Engine::builtin();
    group.bench_function("analyse", |b| {
        b.iter(|| engine.analyse(std::hint::black_box(WOOP), &Options::default()))
    });
    group.finish();
}

fn batch(c: &mut Criterion) {
    let goals = dev_goals();
    let bytes: usize = goals.iter().map(String::len).sum();
    let engine = Engine::builtin();
    let mut group = c.benchmark_group("batch");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("analyse_dev_corpus", |b| {
        b.iter(|| {
            goals
                .iter()
                .map(|g| engine.analyse(g, &Options::default()).quality as u64)
                .sum::<u64>()
        })
    });
    group.finish();
}

fn lexicon(c: &mut Criterion) {
    c.bench_function("engine_build_uncached", |b| {
        b.iter(|| Engine::new(Lexicons::builtin().unwrap()).unwrap())
    });
}

criterion_group!(all, one_goal, batch, lexicon);
criterion_main!(all);
