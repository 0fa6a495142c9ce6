//! Does the cost of one goal grow linearly with its length? Analyses goals of N and 2N bytes
//! (a long pasted text, one line of N tokens without any punctuation, one sentence full of
//! gap-pattern openers, whole goals pasted, and a goal about an employee) and prints the time
//! ratio, which should stay near 2.
//!
//! `cargo run --release --example linear -- 10000000`

use std::time::Instant;

use goalcheck::{Engine, Options};

fn seconds(text: &str) -> f64 {
    let engine = Engine::builtin();
    let started = Instant::now();
    let analysis = engine.analyse(text, &Options::default());
    std::hint::black_box(analysis);
    started.elapsed().as_secs_f64()
}

fn main() {
    let bytes: usize = std::env::args()
        .nth(1)
        .map_or(10_000_000, |a| a.parse().expect("a byte count"));
    let sentence =
        "Ik wil beter luisteren tijdens overleggen, zodat collega's zich gehoord voelen. ";
    let words = "ik wil leren plannen en feedback vragen ";
    // Openers of gap patterns (`om … te`, `door … te`, `als … dan`) in one endless sentence,
    // some without their partner.
    let gaps = "ik wil nooit meer een klacht krijgen en mijn omzet verhogen door beter te luisteren om beter met tegenslagen om te gaan als het kan ";
    // Every part of a goal in each sentence (results, a career step, purposes, habits,
    // if-then plans), so a check that scans the whole goal for each cue or sentence shows.
    let woop = "Ik wil leren delegeren en dit jaar teamleider worden, zodat het team groeit. Ik merk dat ik alles zelf doe. Als iemand hulp vraagt, dan vraag ik eerst wat hij zelf zou doen om zo 5% meer omzet te halen. ";
    // A goal written about an employee, no first person anywhere: each habit sentence asks
    // whether `hij` is the goal's subject.
    let third = "Jan moet beter plannen, hij begint vaak te laat en zegt overal ja op. ";
    Engine::builtin();
    for (name, unit) in [
        ("sentences", sentence),
        ("one line of tokens", words),
        ("gap patterns in one sentence", gaps),
        ("whole goals pasted", woop),
        ("a goal about an employee", third),
    ] {
        let small = unit.repeat(bytes / 2 / unit.len());
        let large = unit.repeat(bytes / unit.len());
        let (a, b) = (seconds(&small), seconds(&large));
        println!(
            "{name}: {:.1} MB in {a:.2} s, {:.1} MB in {b:.2} s, ratio {:.2}",
            small.len() as f64 / 1e6,
            large.len() as f64 / 1e6,
            b / a
        );
    }
}
