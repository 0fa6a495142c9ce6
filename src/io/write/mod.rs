//! Writers of analysis results.

pub mod check;
pub mod lint;
pub mod scorecard;
pub mod table;
