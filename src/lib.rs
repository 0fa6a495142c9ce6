//! goalcheck: offline feedback on the quality of personal development goals, in Dutch and
//! English.
//!
//! The library analyses goal statements with lexicons and heuristics: learning or performance
//! goal, avoidance framing, WOOP parts, if-then plans, concreteness and ownership, with the
//! cues behind every verdict. The `goalcheck` binary is a thin CLI over it.
//!
//! ```
//! use goalcheck::{Engine, Options, analyse::Orientation};
//! let engine = Engine::builtin();
//! let a = engine.analyse(
//!     "Ik wil mijn projectmanagementvaardigheden verbeteren door actief feedback te vragen.",
//!     &Options::default(),
//! );
//! assert_eq!(a.orientation, Orientation::Learning);
//! assert!(a.wish && a.plan && a.personal);
//! ```
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod analyse;
pub mod audit;
pub mod engine;
pub mod error;
pub mod eval;
pub mod io;
pub mod lexicon;
pub mod lint;
pub mod pipeline;
pub mod report;
pub mod rules;
pub mod settings;
pub mod suggest;
pub mod text;

pub use analyse::GoalAnalysis;
pub use engine::{Engine, Options};
