//! GC203 `missing-obstacle`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC203 `missing-obstacle`.
    ///
    /// ## What it checks
    ///
    /// The goal names no inner obstacle: a habit, a pitfall, a difficulty of one's own (the
    /// second O of WOOP).
    ///
    /// ## Why it matters
    ///
    /// Principle 4: naming the inner obstacle is what makes WOOP work; a plan can then aim at it.
    ///
    /// ## Trips
    ///
    /// - Ik wil leren delegeren.
    /// - I want to get better at presenting.
    ///
    /// ## Passes
    ///
    /// - Ik wil leren delegeren. Ik merk dat ik alles zelf doe.
    /// - I want to get better at presenting. I tend to read from my slides.
    pub const RULE = {
        code: "GC203",
        name: "missing-obstacle",
        severity: Warning,
        principle: 4,
        advice: [
            "Benoem wat je in de weg zit: een gewoonte of valkuil van jezelf.",
            "Name what gets in your way: a habit or pitfall of your own.",
        ],
        check: Check::Goal(|a| !a.obstacle),
    };
}
