//! GC302 `not-personal`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC302 `not-personal`.
    ///
    /// ## What it checks
    ///
    /// The goal is not written in the first person: third person, imposed ("De medewerker
    /// dient...", "Employee will...") or impersonal.
    ///
    /// ## Why it matters
    ///
    /// Principle 3: ownership; autonomy drives motivation (Deci & Ryan). A goal someone else
    /// wrote for you is easily dropped.
    ///
    /// ## Trips
    ///
    /// - De medewerker dient zich te ontwikkelen in klantgericht communiceren.
    /// - Tom needs to improve his drafting.
    ///
    /// ## Passes
    ///
    /// - Ik wil leren klantgericht te communiceren.
    /// - I want to improve my drafting.
    pub const RULE = {
        code: "GC302",
        name: "not-personal",
        severity: Info,
        principle: 3,
        advice: [
            "Schrijf het doel in de ik-vorm, als je eigen keuze.",
            "Write the goal in the first person, as your own choice.",
        ],
        check: Check::Goal(|a| !a.personal),
    };
}
