//! GC407 `missing-review-date`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC407 `missing-review-date`.
    ///
    /// ## What it checks
    ///
    /// A plan file (Markdown with front matter, YAML) has no readable `reviewed:` date.
    ///
    /// ## Why it matters
    ///
    /// Principle 7: a plan that says when it was last reviewed can be kept alive.
    ///
    /// ## Trips
    ///
    /// - Front matter without `reviewed:`.
    ///
    /// ## Passes
    ///
    /// - Front matter with `reviewed: 2026-09-15`.
    pub const RULE = {
        code: "GC407",
        name: "missing-review-date",
        severity: Info,
        principle: 7,
        advice: [
            "Zet een datum van de laatste bespreking in het plan (reviewed: JJJJ-MM-DD).",
            "Add the date of the last review to the plan (reviewed: YYYY-MM-DD).",
        ],
        check: Check::Plan(|p, _| p.has_review_field && p.reviewed_days_ago.is_none()),
    };
}
