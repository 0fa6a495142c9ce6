//! Readers of goal records.

pub mod csv;
