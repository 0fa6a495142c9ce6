//! GC101 `performance-goal`: see the rule's documentation.

use super::Check;
use crate::analyse::Orientation;

crate::rule! {
    /// GC101 `performance-goal`.
    ///
    /// ## What it checks
    ///
    /// The goal aims at an end result, a score, a target, a ranking or others' judgement, not at
    /// growth in a skill or behaviour.
    ///
    /// ## Why it matters
    ///
    /// Principle 4: learning goals, not performance goals. Performance goals invite pressure and
    /// fear of failure; learning goals aim at growth (Dweck; Locke & Latham).
    ///
    /// ## Trips
    ///
    /// - Ik wil in Q3 120% van mijn target halen.
    /// - Close 110% of annual quota.
    ///
    /// ## Passes
    ///
    /// - Ik wil mijn projectmanagementvaardigheden verbeteren door actief feedback te vragen.
    /// - I want to learn to delegate.
    pub const RULE = {
        code: "GC101",
        name: "performance-goal",
        severity: Error,
        principle: 4,
        advice: [
            "Richt je op wat je wilt leren, niet op een score of resultaat.",
            "Aim at what you want to learn, not at a score or result.",
        ],
        check: Check::Goal(|a| a.orientation == Orientation::Performance),
    };
}
