//! GC202 `missing-outcome`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC202 `missing-outcome`.
    ///
    /// ## What it checks
    ///
    /// The goal names no hoped-for benefit of reaching the wish (the first O of WOOP).
    ///
    /// ## Why it matters
    ///
    /// Principle 4: picturing the outcome gives the wish its pull (Oettingen).
    ///
    /// ## Trips
    ///
    /// - Ik wil leren delegeren.
    /// - I want to learn SQL.
    ///
    /// ## Passes
    ///
    /// - Ik wil beter luisteren, zodat collega's zich gehoord voelen.
    /// - I want to learn SQL so that I can build my own reports.
    pub const RULE = {
        code: "GC202",
        name: "missing-outcome",
        severity: Warning,
        principle: 4,
        advice: [
            "Noem wat het je oplevert (zodat ...).",
            "Name what it will bring you (so that ...).",
        ],
        check: Check::Goal(|a| !a.outcome),
    };
}
