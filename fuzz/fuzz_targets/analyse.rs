//! The analyser on arbitrary UTF-8: no panic, and every evidence span points into the text.
#![no_main]
use goalcheck::{Engine, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let analysis = Engine::builtin().analyse(text, &Options::default());
    for e in &analysis.evidence {
        assert!(text.get(e.span.clone()).is_some(), "span {:?}", e.span);
    }
});
