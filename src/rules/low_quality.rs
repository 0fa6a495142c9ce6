//! GC104 `low-quality`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC104 `low-quality`.
    ///
    /// ## What it checks
    ///
    /// The goal's quality score (0-100, see `analyse::score`) is below the configured `min-
    /// quality`. Only `goalcheck lint` with `min-quality` set checks it.
    ///
    /// ## Why it matters
    ///
    /// Principle 4: a team can set a floor for how complete its goals are; the score weighs all
    /// seven principles.
    ///
    /// ## Trips
    ///
    /// (checked by the lint driver)
    ///
    /// ## Passes
    ///
    /// (checked by the lint driver)
    pub const RULE = {
        code: "GC104",
        name: "low-quality",
        severity: Warning,
        principle: 4,
        advice: [
            "Verbeter het doel: zie de andere bevindingen erbij.",
            "Raise the goal's quality: see the other findings on it.",
        ],
        check: Check::Meta,
    };
}
