//! GC102 `avoidance-framing`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC102 `avoidance-framing`.
    ///
    /// ## What it checks
    ///
    /// The goal is framed around avoiding failure, mistakes, complaints or looking incompetent.
    ///
    /// ## Why it matters
    ///
    /// Principle 4: avoidance goals ("foutloos", "no complaints") keep attention on failure; an
    /// approach goal says what to grow towards.
    ///
    /// ## Trips
    ///
    /// - Ik wil dit project foutloos afronden.
    /// - Zero medication errors this year.
    ///
    /// ## Passes
    ///
    /// - Ik wil leren om zorgvuldig te werken.
    /// - I want to stop avoiding difficult conversations.
    pub const RULE = {
        code: "GC102",
        name: "avoidance-framing",
        severity: Warning,
        principle: 4,
        advice: [
            "Formuleer wat je wilt bereiken in plaats van wat je wilt vermijden.",
            "Say what you want to achieve instead of what you want to avoid.",
        ],
        check: Check::Goal(|a| a.avoidance),
    };
}
