//! GC402 `no-strength`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC402 `no-strength`.
    ///
    /// ## What it checks
    ///
    /// No goal of the plan names or uses a strength, or a compensating strategy.
    ///
    /// ## Why it matters
    ///
    /// Principles 1 and 2: build on strengths, not only on what must improve (Clifton & Harter;
    /// Van Woerkom & Meyers).
    ///
    /// ## Trips
    ///
    /// - A plan whose goals only list what must improve.
    ///
    /// ## Passes
    ///
    /// - A plan with "Mijn sterke kant is..., die wil ik inzetten om...".
    pub const RULE = {
        code: "GC402",
        name: "no-strength",
        severity: Info,
        principle: 1,
        advice: [
            "Bouw voort op een sterkte: welk talent zet je in?",
            "Build on a strength: which talent will you use?",
        ],
        check: Check::Plan(|p, _| p.analysed() > 0 && !p.strength),
    };
}
