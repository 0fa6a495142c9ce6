//! The engine: compiled lexicons of both languages, ready to analyse goals.

use std::sync::{LazyLock, OnceLock};

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
    /// Built by [`Engine::new`]; for the embedded lexicons, on a language's first goal, so
    /// `check` on one goal compiles one language.
    matchers: [OnceLock<Matcher>; 2],
    language: LanguageModel,
}

static BUILTIN: LazyLock<Engine> = LazyLock::new(|| {
    let lexicons = Lexicons::builtin().expect("embedded lexicons parse (checked by tests)");
    Engine::unbuilt(lexicons)
});

impl Engine {
    /// Compiles both languages now, so a lexicon that does not compile is an error here.
    pub fn new(lexicons: Lexicons) -> Result<Engine, LexiconError> {
        let engine = Engine::unbuilt(lexicons);
        for lang in [Lang::Nl, Lang::En] {
            let matcher = Matcher::new(engine.lexicons.get(lang))?;
            // Just created and not yet shared: the cell is empty.
            let _ = engine.matchers[lang.index()].set(matcher);
        }
        Ok(engine)
    }

    fn unbuilt(lexicons: Lexicons) -> Engine {
        let language = LanguageModel::new(&lexicons);
        Engine {
            lexicons,
            matchers: [OnceLock::new(), OnceLock::new()],
            language,
        }
    }

    /// The engine over the embedded lexicons, built on first use.
    pub fn builtin() -> &'static Engine {
        &BUILTIN
    }

    pub fn matcher(&self, lang: Lang) -> &Matcher {
        self.matchers[lang.index()].get_or_init(|| {
            Matcher::new(self.lexicons.get(lang))
                .expect("embedded lexicons compile (checked by tests)")
        })
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
