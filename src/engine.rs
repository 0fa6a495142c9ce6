//! The engine: compiled lexicons of both languages, ready to analyse goals.

use std::sync::LazyLock;

use crate::analyse::{self, GoalAnalysis};
use crate::error::LexiconError;
use crate::lexicon::Lexicons;
use crate::lexicon::matcher::Matcher;
use crate::text::Lang;
use crate::text::lang::LanguageModel;

/// How to analyse.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Force a language instead of detecting it.
    pub lang: Option<Lang>,
    /// The language to assume when a goal gives nothing to go on.
    pub fallback_lang: Lang,
    /// Keep the tokens, clauses and every cue with its weight in the analysis.
    pub explain: bool,
    /// Write the rewrite suggestion and advice (lint, which shows neither, leaves them out).
    pub suggest: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: None,
            fallback_lang: Lang::Nl,
            explain: false,
            suggest: true,
        }
    }
}

/// Lexicons compiled into one automaton per language. Build it once, share it across threads.
pub struct Engine {
    pub lexicons: Lexicons,
    matchers: [Matcher; 2],
    language: LanguageModel,
}

static BUILTIN: LazyLock<Engine> = LazyLock::new(|| {
    let lexicons = Lexicons::builtin().expect("embedded lexicons parse (checked by tests)");
    Engine::new(lexicons).expect("embedded lexicons compile (checked by tests)")
});

impl Engine {
    pub fn new(lexicons: Lexicons) -> Result<Engine, LexiconError> {
        let matchers = [Matcher::new(&lexicons.nl)?, Matcher::new(&lexicons.en)?];
        let language = LanguageModel::new(&lexicons);
        Ok(Engine {
            lexicons,
            matchers,
            language,
        })
    }

    /// The engine over the embedded lexicons, built on first use.
    pub fn builtin() -> &'static Engine {
        &BUILTIN
    }

    pub fn matcher(&self, lang: Lang) -> &Matcher {
        &self.matchers[lang.index()]
    }

    pub fn language_model(&self) -> &LanguageModel {
        &self.language
    }

    /// Analyses one goal.
    ///
    /// ```
    /// use goalcheck::{Engine, Options, analyse::Orientation};
    /// let analysis = Engine::builtin().analyse("Ik wil dit project foutloos afronden.", &Options::default());
    /// assert_eq!(analysis.orientation, Orientation::Performance);
    /// assert!(analysis.avoidance);
    /// ```
    pub fn analyse(&self, text: &str, options: &Options) -> GoalAnalysis {
        analyse::goal(self, text, options)
    }
}
