//! Snowball stemming (frostem, pinned) for both languages, applied alike to goal text and to
//! lexicon phrases so `verbetert`, `verbeterd` and `verbeteren` meet the same cue.
//!
//! Dutch uses Snowball's current Dutch algorithm (Kraaij-Pohlmann), which joins
//! `leren`/`leer`/`geleerd` and `plannen`/`gepland`/`planning` where the older Porter-style
//! one does not. It strips `ge` inside words (`gesprek` → `sprek`) and treats long compounds
//! differently from their heads (`projectmanagementvaardigheden` → `projectmanamentvaar`), so
//! the matcher finds compound heads both on stems and on the folded surface form.

use foldhash::{HashMap, HashMapExt};
use std::borrow::Cow;
use std::cell::RefCell;

use frostem::{Algorithm, Stemmer};

use super::Lang;

/// The stem of a folded (lower-case, diacritic-free) word.
///
/// ```
/// use goalcheck::text::{stem::stem, Lang};
/// assert_eq!(stem(Lang::Nl, "leren"), stem(Lang::Nl, "geleerd"));
/// assert_eq!(stem(Lang::En, "asking"), "ask");
/// ```
pub fn stem(lang: Lang, folded_word: &str) -> Cow<'_, str> {
    let mut out = String::new();
    with_stem(lang, folded_word, |s| out.push_str(s));
    Cow::Owned(out)
}

/// Calls `use_stem` with the stem of `folded_word`, from a per-thread cache: goal text repeats
/// the same few thousand words, and Snowball costs more than a hash look-up.
pub fn with_stem(lang: Lang, folded_word: &str, use_stem: impl FnOnce(&str)) {
    /// Entries per language before the cache is emptied, which keeps memory flat.
    const CACHE_LIMIT: usize = 50_000;
    thread_local! {
        static CACHE: RefCell<[HashMap<Box<str>, Box<str>>; 2]> = RefCell::new([HashMap::new(), HashMap::new()]);
    }
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        let map = &mut cache[lang.index()];
        if let Some(stem) = map.get(folded_word) {
            use_stem(stem);
            return;
        }
        if map.len() >= CACHE_LIMIT {
            map.clear();
        }
        let stem: Box<str> = snowball(lang, folded_word).into();
        use_stem(&stem);
        map.insert(folded_word.into(), stem);
    });
}

fn snowball(lang: Lang, folded_word: &str) -> Cow<'_, str> {
    // Words with an apostrophe (`collega's`, `don't`, `m'n`) are stemmed on their letters
    // before it only when that is a plural or possessive `'s`; contractions stay whole.
    let stemmer = match lang {
        Lang::Nl => Stemmer::new(Algorithm::Dutch),
        Lang::En => Stemmer::new(Algorithm::English),
    };
    let folded_word = match lang {
        Lang::Nl => dutch_strong_pronoun(folded_word).unwrap_or(folded_word),
        Lang::En => folded_word,
    };
    if let Some(base) = folded_word.strip_suffix("'s") {
        return Cow::Owned(stemmer.stem(base).into_owned());
    }
    // Short words are function words whose stems collide (`als` and `alle` both give `al`).
    if folded_word.contains('\'') || folded_word.chars().count() <= 3 {
        return Cow::Borrowed(folded_word);
    }
    stemmer.stem(folded_word)
}

/// The full form of a Dutch pronoun written in its reduced form (`me`, `m'n`, `je`, `we`):
/// a cue written with one form meets the other ("ik laat me afleiden", Flemish "ik laat mij
/// afleiden"), as writers choose between them by stress and region, not by meaning.
fn dutch_strong_pronoun(folded_word: &str) -> Option<&'static str> {
    Some(match folded_word {
        "me" => "mij",
        "m'n" => "mijn",
        "z'n" => "zijn",
        "je" => "jij",
        "we" => "wij",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A snapshot of the stems the lexicons rely on: if the pinned stemmer changes, this
    /// says which cues will move.
    #[test]
    fn stems_the_lexicons_rely_on() {
        let nl = |w| stem(Lang::Nl, w).into_owned();
        let en = |w| stem(Lang::En, w).into_owned();
        assert_eq!(nl("vaardigheden"), nl("vaardigheid"));
        assert_eq!(nl("leren"), nl("geleerd"));
        assert_eq!(nl("plannen"), nl("gepland"));
        assert_eq!(
            nl("feedbackgesprekken"),
            format!("feedback{}", nl("gesprek"))
        );
        assert_eq!(nl("collega's"), nl("collega"));
        assert_eq!(en("learning"), en("learn"));
        assert_eq!(en("improves"), en("improve"));
        assert_eq!(en("don't"), "don't");
        assert_eq!(nl("mij"), nl("me"));
        assert_eq!(nl("m'n"), nl("mijn"));
        assert_ne!(nl("mij"), nl("mijn"));
    }
}
