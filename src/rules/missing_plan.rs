//! GC204 `missing-plan`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC204 `missing-plan`.
    ///
    /// ## What it checks
    ///
    /// The goal names no action or strategy to pursue the wish or get past the obstacle (the P of
    /// WOOP).
    ///
    /// ## Why it matters
    ///
    /// Principle 4: a wish without a plan stays a wish; the plan turns it into practice.
    ///
    /// ## Trips
    ///
    /// - Ik wil leren delegeren.
    /// - I want to improve my presentation skills.
    ///
    /// ## Passes
    ///
    /// - Ik wil leren delegeren door elke week één taak over te dragen.
    /// - I want to improve my presentation skills by asking for feedback after each talk.
    pub const RULE = {
        code: "GC204",
        name: "missing-plan",
        severity: Warning,
        principle: 4,
        advice: [
            "Beschrijf wat je concreet gaat doen.",
            "Describe what you will actually do.",
        ],
        check: Check::Goal(|a| !a.plan),
    };
}
