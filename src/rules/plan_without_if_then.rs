//! GC205 `plan-without-if-then`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC205 `plan-without-if-then`.
    ///
    /// ## What it checks
    ///
    /// The goal has a plan, but not in the form of an implementation intention ("als/wanneer X,
    /// dan Y", "if/when X, I will Y").
    ///
    /// ## Why it matters
    ///
    /// Principle 4: if-then plans (Gollwitzer) tie the action to the moment it is needed and work
    /// better than plans alone.
    ///
    /// ## Trips
    ///
    /// - Ik wil leren delegeren door elke week één taak over te dragen.
    /// - Every Friday I'll review my calls with my manager.
    ///
    /// ## Passes
    ///
    /// - Als iemand om hulp vraagt, dan vraag ik eerst wat hij zelf zou doen.
    /// - When a colleague asks for help, I'll first ask what they would do.
    pub const RULE = {
        code: "GC205",
        name: "plan-without-if-then",
        severity: Info,
        principle: 4,
        advice: [
            "Maak van je plan een als-dan-plan: \"Als [situatie], dan [wat je doet]\".",
            "Make your plan an if-then plan: \"If [situation], then I will [action]\".",
        ],
        check: Check::Goal(|a| a.plan && !a.if_then),
    };
}
