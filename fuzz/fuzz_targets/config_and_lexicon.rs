//! The goalcheck.toml parser and the lexicon line parser on arbitrary text.
#![no_main]
use goalcheck::lexicon::parse::parse_file;
use goalcheck::settings;
use goalcheck::text::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = settings::parse("goalcheck.toml", text);
    for lang in Lang::ALL {
        let _ = parse_file(lang, "learning", "learning.txt", text);
    }
});
