//! GC201 `missing-wish`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC201 `missing-wish`.
    ///
    /// ## What it checks
    ///
    /// The goal does not say what the writer wants to reach or develop (the W of WOOP).
    ///
    /// ## Why it matters
    ///
    /// Principle 4: WOOP (Oettingen) starts from a wish the person cares about.
    ///
    /// ## Trips
    ///
    /// - Na elke sprintreview vraag ik één stakeholder om feedback.
    /// - Every Friday I'll review my calls.
    ///
    /// ## Passes
    ///
    /// - Ik wil beter luisteren tijdens overleggen.
    /// - I want to get better at delegating.
    pub const RULE = {
        code: "GC201",
        name: "missing-wish",
        severity: Warning,
        principle: 4,
        advice: [
            "Begin met je wens: wat wil je ontwikkelen?",
            "Start with your wish: what do you want to develop?",
        ],
        check: Check::Goal(|a| !a.wish),
    };
}
