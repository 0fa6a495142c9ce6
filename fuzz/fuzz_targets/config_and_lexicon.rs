//! The goalcheck.toml parser, the lexicon line parser and the suggest.toml overlay on
//! arbitrary text.
#![no_main]
use goalcheck::lexicon::parse::parse_file;
use goalcheck::settings;
use goalcheck::suggest::SuggestData;
use goalcheck::text::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = settings::parse("goalcheck.toml", text);
    for lang in Lang::ALL {
        let _ = parse_file(lang, "learning", "learning.txt", text);
        let _ = SuggestData::with_overlay_text(lang, "suggest.toml", text);
    }
});
