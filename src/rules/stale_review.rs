//! GC406 `stale-review`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC406 `stale-review`.
    ///
    /// ## What it checks
    ///
    /// The plan's `reviewed:` date is older than `review-max-age-days` (default 365).
    ///
    /// ## Why it matters
    ///
    /// Principle 7: the report and the plan are living documents: revisit and adjust.
    ///
    /// ## Trips
    ///
    /// - A plan file with `reviewed: 2020-01-01`.
    ///
    /// ## Passes
    ///
    /// - A plan reviewed last month.
    pub const RULE = {
        code: "GC406",
        name: "stale-review",
        severity: Info,
        principle: 7,
        advice: [
            "Het plan is lang niet bekeken: herzie het en pas de datum aan.",
            "The plan has not been reviewed for a long time: revisit it and update the date.",
        ],
        check: Check::Plan(|p, s| p.reviewed_days_ago.is_some_and(|days| days > s.review_max_age_days)),
    };
}
