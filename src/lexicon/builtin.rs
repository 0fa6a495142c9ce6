//! The lexicons embedded in the binary (listed by `build.rs`), parsed once.

use crate::error::LexiconError;
use crate::text::Lang;

use super::{Lexicon, Lexicons, parse};

include!(concat!(env!("OUT_DIR"), "/builtin_lexicons.rs"));

/// Parses the embedded files.
pub fn load() -> Result<Lexicons, LexiconError> {
    let mut nl = Lexicon {
        lang: Lang::Nl,
        entries: Vec::new(),
    };
    let mut en = Lexicon {
        lang: Lang::En,
        entries: Vec::new(),
    };
    for &(lang, category, text) in BUILTIN_FILES {
        let file = format!("lexicons/{lang}/{category}.txt");
        let lexicon = if lang == "nl" { &mut nl } else { &mut en };
        // Layering drops an entry whose stems repeat an earlier one of the same category
        // (`number` and `numbers`), so one cue never counts twice.
        lexicon.layer(parse::parse_file(lexicon.lang, category, &file, text)?);
    }
    Ok(Lexicons { nl, en })
}
