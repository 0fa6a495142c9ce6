//! GC901 `unused-suppression`: see the rule's documentation.

use super::Check;

crate::rule! {
    /// GC901 `unused-suppression`.
    ///
    /// ## What it checks
    ///
    /// A suppression comment matches no finding, or names a code goalcheck does not know.
    ///
    /// ## Why it matters
    ///
    /// Not a principle: stale suppressions hide future findings, as ruff's unused `noqa`.
    ///
    /// ## Trips
    ///
    /// - `<!-- goalcheck-disable-next-line GC999 -->`
    ///
    /// ## Passes
    ///
    /// - A suppression of a finding that occurs.
    pub const RULE = {
        code: "GC901",
        name: "unused-suppression",
        severity: Info,
        principle: 0,
        advice: [
            "Verwijder de uitzondering, of verbeter de code die ze noemt.",
            "Remove the suppression, or correct the code it names.",
        ],
        check: Check::Meta,
    };
}
