//! The 0-100 quality score: how far a goal follows the seven principles of DOMAIN.md.
//!
//! | part | points | principle |
//! |---|---|---|
//! | learning goal (mixed: half) | 25 | 4 |
//! | no avoidance framing | 5 | 4 |
//! | wish, outcome, obstacle, plan | 10 each | 4 (WOOP) |
//! | the plan is an if-then plan | 5 | 4 (implementation intentions) |
//! | concrete | 10 | 4 |
//! | personal (first person) | 10 | 3 |
//! | anchored in daily work | 2 | 5 |
//! | follow-up or reflection | 2 | 6 |
//! | a strength or compensation used | 1 | 1, 2 |
//!
//! An unclear goal scores its parts but no orientation points.

use super::{GoalAnalysis, Orientation};

pub fn quality(a: &GoalAnalysis) -> u8 {
    let orientation = match a.orientation {
        Orientation::Learning => 25,
        Orientation::Mixed => 12,
        Orientation::Performance | Orientation::Unclear => 0,
    };
    let points = [
        (true, orientation),
        (!a.avoidance, 5),
        (a.wish, 10),
        (a.outcome, 10),
        (a.obstacle, 10),
        (a.plan, 10),
        (a.if_then, 5),
        (a.concrete, 10),
        (a.personal, 10),
        (a.anchoring, 2),
        (a.follow_up, 2),
        (a.strength || a.compensation, 1),
    ];
    points
        .iter()
        .filter(|(held, _)| *held)
        .map(|(_, p)| p)
        .sum::<u8>()
        .min(100)
}
