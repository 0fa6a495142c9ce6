//! Reading goals and writing results.

pub mod read;
pub mod write;
