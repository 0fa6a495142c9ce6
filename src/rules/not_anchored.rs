//! GC404 `not-anchored`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC404 `not-anchored`.
    ///
    /// ## What it checks
    ///
    /// No goal of the plan refers to daily work: meetings, projects, clients, shifts, sprints.
    ///
    /// ## Why it matters
    ///
    /// Principle 5: development anchored in running tasks and roles happens; development beside
    /// the work waits.
    ///
    /// ## Trips
    ///
    /// - A plan of courses only.
    ///
    /// ## Passes
    ///
    /// - A plan with "tijdens het teamoverleg".
    pub const RULE = {
        code: "GC404",
        name: "not-anchored",
        severity: Info,
        principle: 5,
        advice: [
            "Verbind het plan met je dagelijkse werk: welk overleg, project of klant?",
            "Tie the plan to your daily work: which meeting, project or client?",
        ],
        check: Check::Plan(|p, _| p.analysed() > 0 && !p.anchoring),
    };
}
