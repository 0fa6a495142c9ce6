//! The lexicons embedded in the binary (listed by `build.rs`), parsed once.

use crate::error::LexiconError;
use crate::suggest::SuggestData;
use crate::text::Lang;

use super::{Category, Lexicon, Lexicons, parse};

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
        lexicon
            .entries
            .extend(parse::parse_file(lexicon.lang, category, &file, text)?);
    }
    check_duplicates(&nl)?;
    check_duplicates(&en)?;
    Ok(Lexicons {
        nl,
        en,
        suggest: [
            SuggestData::builtin(Lang::Nl)?,
            SuggestData::builtin(Lang::En)?,
        ],
    })
}

/// Two entries of one category with the same stems (`number` and `numbers`) would make one
/// cue count twice; in the embedded lexicons that is a mistake to fix, not to layer over.
fn check_duplicates(lexicon: &Lexicon) -> Result<(), LexiconError> {
    let mut seen = std::collections::HashMap::new();
    // Language words are matched unstemmed: `klant` and `klanten` are both needed there; so
    // are `exact` entries, which name one surface form each (`begeleiden`, `begeleiding`).
    for entry in lexicon
        .entries
        .iter()
        .filter(|e| e.category != Category::Language && !e.has_tag("exact"))
    {
        if let Some(first) = seen.insert((entry.category, &entry.parts), entry) {
            return Err(LexiconError::Line {
                file: entry.source.file.clone(),
                line: entry.source.line,
                reason: format!(
                    "`{}` has the same stems as `{}` at line {}: keep one",
                    entry.phrase, first.phrase, first.source.line
                ),
            });
        }
    }
    Ok(())
}
