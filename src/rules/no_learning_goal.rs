//! GC405 `no-learning-goal`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC405 `no-learning-goal`.
    ///
    /// ## What it checks
    ///
    /// None of the plan's goals is a learning goal.
    ///
    /// ## Why it matters
    ///
    /// Principle 4: learning goals, not performance goals.
    ///
    /// ## Trips
    ///
    /// - A plan of targets only.
    ///
    /// ## Passes
    ///
    /// - A plan with one learning goal beside its targets.
    pub const RULE = {
        code: "GC405",
        name: "no-learning-goal",
        severity: Info,
        principle: 4,
        advice: [
            "Neem minstens één leerdoel op: wat wil je leren?",
            "Include at least one learning goal: what do you want to learn?",
        ],
        check: Check::Plan(|p, _| p.analysed() > 0 && p.learning == 0),
    };
}
