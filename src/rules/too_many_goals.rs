//! GC401 `too-many-goals`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC401 `too-many-goals`.
    ///
    /// ## What it checks
    ///
    /// The plan holds more goals than `max-goals` (default 3).
    ///
    /// ## Why it matters
    ///
    /// Principle 1: pick one or two focus points where strength and development meet.
    ///
    /// ## Trips
    ///
    /// - A plan with four goals.
    ///
    /// ## Passes
    ///
    /// - A plan with two goals.
    pub const RULE = {
        code: "GC401",
        name: "too-many-goals",
        severity: Info,
        principle: 1,
        advice: [
            "Kies één of twee focuspunten: minder doelen krijgen meer aandacht.",
            "Pick one or two focus points: fewer goals get more attention.",
        ],
        check: Check::Plan(|p, s| p.goals > s.max_goals),
    };
}
