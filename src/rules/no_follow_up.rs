//! GC403 `no-follow-up`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC403 `no-follow-up`.
    ///
    /// ## What it checks
    ///
    /// No goal of the plan mentions follow-up, sharing or reflection (bespreken met, evalueren,
    /// review with my coach).
    ///
    /// ## Why it matters
    ///
    /// Principle 6: share goals and plan follow-up; monitoring progress helps reach them (Harkin
    /// et al.).
    ///
    /// ## Trips
    ///
    /// - A plan with no review, check-in or coach.
    ///
    /// ## Passes
    ///
    /// - A plan with "elke maand bespreek ik de voortgang met mijn coach".
    pub const RULE = {
        code: "GC403",
        name: "no-follow-up",
        severity: Info,
        principle: 6,
        advice: [
            "Spreek af met wie en wanneer je de voortgang bespreekt.",
            "Agree with whom and when you will review progress.",
        ],
        check: Check::Plan(|p, _| p.analysed() > 0 && !p.follow_up),
    };
}
