//! GC301 `not-concrete`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC301 `not-concrete`.
    ///
    /// ## What it checks
    ///
    /// The goal names no particular situation, frequency, time frame, number or occasion.
    ///
    /// ## Why it matters
    ///
    /// Principle 4: effective learning goals are concrete; a bounded goal can be practised and
    /// reviewed.
    ///
    /// ## Trips
    ///
    /// - Ik wil beter communiceren.
    /// - Improve communication
    ///
    /// ## Passes
    ///
    /// - Ik wil beter luisteren tijdens overleggen.
    /// - I want to speak up in every team meeting this quarter.
    pub const RULE = {
        code: "GC301",
        name: "not-concrete",
        severity: Info,
        principle: 4,
        advice: [
            "Maak het concreet: in welke situatie, hoe vaak, wanneer?",
            "Make it concrete: in which situation, how often, by when?",
        ],
        check: Check::Goal(|a| !a.concrete),
    };
}
