//! Per-stage benches: tokenising and analysing one goal, and building the engine (the
//! start-up cost of `goalcheck check`).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use goalcheck::lexicon::Lexicons;
use goalcheck::text::tokenise::tokenise;
use goalcheck::{Engine, Options};

const WOOP: &str = "Ik wil beter luisteren tijdens overleggen, zodat collega's zich gehoord voelen. \
    Ik merk dat ik snel overneem, dus ik spreek met mezelf af om na elke bijdrage eerst een \
    samenvattende vraag te stellen.";

fn benches(c: &mut Criterion) {
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
    c.bench_function("engine_build_uncached", |b| {
        b.iter(|| Engine::new(Lexicons::builtin().unwrap()).unwrap())
    });
}

criterion_group!(all, benches);
criterion_main!(all);
