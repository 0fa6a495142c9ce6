//! GC103 `unclear-goal`: see the rule's documentation.

use super::Check;
use crate::analyse::Orientation;

crate::rule! {
    /// GC103 `unclear-goal`.
    ///
    /// ## What it checks
    ///
    /// The goal is too vague to tell what is to be learned or reached, or it is not a goal at all
    /// (a reference, a question).
    ///
    /// ## Why it matters
    ///
    /// Principle 4: effective goals are concrete and development-oriented; a vague aim cannot be
    /// planned or reviewed.
    ///
    /// ## Trips
    ///
    /// - Communicatie
    /// - Work-life balance
    ///
    /// ## Passes
    ///
    /// - Beter plannen
    /// - Learn Terraform
    pub const RULE = {
        code: "GC103",
        name: "unclear-goal",
        severity: Info,
        principle: 4,
        advice: [
            "Maak duidelijk welke vaardigheid of welk gedrag je wilt ontwikkelen.",
            "Make clear which skill or behaviour you want to develop.",
        ],
        check: Check::Goal(|a| a.orientation == Orientation::Unclear),
    };
}
