//! Writers of analysis results.

pub mod check;
pub mod scorecard;
pub mod table;
