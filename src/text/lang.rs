//! Dutch or English, per goal.
//!
//! Decided from the `language` lexicon (function words and common goal words, weighted); when
//! those tie, from the single-word cues of each language's other lexicons; then from a few
//! spelling patterns. It costs one hash look-up per word. Dutch goals full of English
//! jargon ("mijn stakeholder management skills verbeteren") stay Dutch because jargon nouns
//! are not in the English list: the function words and verbs around them decide.

use foldhash::HashMap;

use serde::Serialize;

use super::Lang;
use super::normalise::fold;
use super::tokenise::{TokenKind, Tokens};
use crate::lexicon::{Category, Lexicons};

/// How the language was decided.
#[derive(Debug, Clone, Serialize)]
pub struct Detection {
    pub lang: Lang,
    /// Evidence for Dutch and for English.
    pub scores: [f32; 2],
    /// `forced` (by `--lang`), `words`, `cues`, `spelling` or `default` (nothing to go on).
    pub method: &'static str,
}

/// Word weights per language, from the `language` lexicon files.
#[derive(Debug, Clone, Default)]
pub struct LanguageModel {
    words: HashMap<String, [f32; 2]>,
    /// The single-word cues of each language's other lexicons: asked only when the language
    /// words tie, as in a goal of a few content words ("Grow regional revenue 15% YoY").
    cue_words: HashMap<String, [f32; 2]>,
}

impl LanguageModel {
    pub fn new(lexicons: &Lexicons) -> LanguageModel {
        let mut words: HashMap<String, [f32; 2]> = HashMap::default();
        let mut cue_words: HashMap<String, [f32; 2]> = HashMap::default();
        for lang in Lang::ALL {
            for entry in &lexicons.get(lang).entries {
                if entry.category == Category::Language {
                    words.entry(fold(&entry.phrase)).or_default()[lang.index()] += entry.weight;
                } else if entry.category != Category::Prefix
                    && entry.phrase.chars().all(char::is_alphabetic)
                {
                    cue_words.entry(fold(&entry.phrase)).or_default()[lang.index()] = 1.0;
                }
            }
        }
        LanguageModel { words, cue_words }
    }

    /// The language of `tokens`; `fallback` when nothing tells them apart.
    pub fn detect(&self, tokens: &Tokens, fallback: Lang) -> Detection {
        let words = || {
            (0..tokens.len())
                .filter(|&i| tokens.tokens[i].kind == TokenKind::Word)
                .map(|i| tokens.folded(i))
        };
        let sum = |weights: &dyn Fn(&str) -> [f32; 2]| {
            words().fold([0.0f32; 2], |acc, word| {
                let w = weights(word);
                [acc[0] + w[0], acc[1] + w[1]]
            })
        };
        let look_up = |table: &HashMap<String, [f32; 2]>, word: &str| {
            table.get(word).copied().unwrap_or_default()
        };
        let scores = sum(&|word| look_up(&self.words, word));
        // Then the cue words, then spelling: each only when what came before does not decide.
        let cues = match ahead(scores) {
            None => sum(&|word| look_up(&self.cue_words, word)),
            Some(_) => [0.0; 2],
        };
        let spelling = match ahead(scores).or(ahead(cues)) {
            None => sum(&spelling_hint),
            Some(_) => [0.0; 2],
        };
        let (lang, method) = ahead(scores)
            .map(|lang| (lang, "words"))
            .or_else(|| ahead(cues).map(|lang| (lang, "cues")))
            .or_else(|| ahead(spelling).map(|lang| (lang, "spelling")))
            .unwrap_or((fallback, "default"));
        Detection {
            lang,
            scores: [
                scores[0] + cues[0] * 0.1 + spelling[0] * 0.01,
                scores[1] + cues[1] * 0.1 + spelling[1] * 0.01,
            ],
            method,
        }
    }
}

/// The language with more evidence, if either has more.
fn ahead(scores: [f32; 2]) -> Option<Lang> {
    if scores[0] > scores[1] {
        Some(Lang::Nl)
    } else if scores[1] > scores[0] {
        Some(Lang::En)
    } else {
        None
    }
}

/// Spelling that is typical of one language: Dutch `ij`, `oe`, long vowels and `-en`
/// plurals and infinitives; English `th`, `-ing`, `-tion`, `-ly`. `-tion` only at the end:
/// inside a Dutch compound it is `functioneringsgesprek`; and a `w` start says nothing
/// (`werkdruk`, `wekelijks`).
fn spelling_hint(word: &str) -> [f32; 2] {
    let mut hint = [0.0; 2];
    let nl_patterns = ["ij", "oe", "aa", "uu", "ui", "sch", "heid", "lijk"];
    let en_patterns = ["th", "wh", "sh", "ck", "ness"];
    hint[0] += nl_patterns.iter().filter(|p| word.contains(*p)).count() as f32;
    hint[1] += en_patterns.iter().filter(|p| word.contains(*p)).count() as f32;
    if word.len() > 4 && word.ends_with("en") {
        hint[0] += 1.0;
    }
    if ["ing", "ly", "tion", "tions"]
        .iter()
        .any(|e| word.ends_with(e))
    {
        hint[1] += 1.0;
    }
    hint
}
