//! Plan files in a repository: Markdown (goals under a goals heading, YAML front matter for
//! metadata), YAML (a `goals:` list) and plain text (one goal per paragraph). Every goal keeps
//! its line and column.

use std::path::Path;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::error::InputError;

/// Headings whose list items and paragraphs are goals, matched case-insensitively.
pub const GOAL_HEADINGS: &[&str] = &[
    "doelen",
    "leerdoelen",
    "ontwikkeldoelen",
    "mijn doelen",
    "goals",
    "objectives",
    "development goals",
    "learning goals",
    "my goals",
];

/// Plan metadata from Markdown front matter or the top of a YAML plan.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
pub struct PlanMeta {
    #[serde(default)]
    pub owner: Option<String>,
    /// The date of the last review, `YYYY-MM-DD`.
    #[serde(default)]
    pub reviewed: Option<String>,
    #[serde(default)]
    pub shared_with: Option<SharedWith>,
}

/// Who a plan is shared with: one name or a list.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum SharedWith {
    One(String),
    Many(Vec<String>),
}

/// A goal in a plan file.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanGoal {
    pub text: String,
    /// 1-based line and column of the goal's first character.
    pub line: usize,
    pub column: usize,
}

/// A parsed plan file.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanFile {
    pub meta: PlanMeta,
    /// Whether the format carries metadata at all (Markdown front matter, YAML).
    pub has_meta: bool,
    pub goals: Vec<PlanGoal>,
}

/// Line and column (1-based) of byte `offset` in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    // An offset inside a character counts from that character's start.
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rfind('\n')
        .map_or(before.len(), |nl| before.len() - nl - 1)
        + 1;
    (line, column)
}

/// Parses a plan file by its extension.
pub fn parse(path: &Path, text: &str, headings: &[String]) -> Result<PlanFile, InputError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    match ext.as_str() {
        "md" | "markdown" => markdown(path, text, headings),
        "yaml" | "yml" => yaml(path, text),
        _ => Ok(plain(text)),
    }
}

fn format_error(path: &Path, line: usize, reason: String) -> InputError {
    InputError::Record {
        file: path.display().to_string(),
        line: line as u64,
        reason,
    }
}

/// Paragraphs separated by blank lines.
fn plain(text: &str) -> PlanFile {
    let mut goals = Vec::new();
    let mut offset = 0;
    for block in text.split("\n\n") {
        let trimmed = block.trim();
        if !trimmed.is_empty() {
            let start = offset + (block.len() - block.trim_start().len());
            let (line, column) = line_column(text, start);
            goals.push(PlanGoal {
                text: trimmed.to_string(),
                line,
                column,
            });
        }
        offset += block.len() + 2;
    }
    PlanFile {
        meta: PlanMeta::default(),
        has_meta: false,
        goals,
    }
}

fn markdown(path: &Path, text: &str, headings: &[String]) -> Result<PlanFile, InputError> {
    let (meta, has_meta) = match front_matter(text) {
        Some(yaml) => (
            serde_saphyr::from_str::<PlanMeta>(yaml)
                .map_err(|e| format_error(path, 1, format!("front matter: {e}")))?,
            true,
        ),
        None => (PlanMeta::default(), false),
    };
    let is_goal_heading = |title: &str| {
        let title = title.trim().trim_end_matches(':').to_lowercase();
        headings.iter().any(|h| h.to_lowercase() == title)
    };
    let mut goals = Vec::new();
    let mut in_goals = false;
    let mut heading: Option<String> = None;
    let mut depth_items = 0usize;
    let mut current: Option<(String, usize)> = None; // text so far, start offset
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => {
                in_goals = heading.take().is_some_and(|h| is_goal_heading(&h));
            }
            Event::Start(Tag::Item) => {
                depth_items += 1;
                if in_goals && depth_items == 1 {
                    current = Some((String::new(), usize::MAX));
                }
            }
            Event::End(TagEnd::Item) => {
                depth_items -= 1;
                if depth_items == 0 {
                    finish(&mut current, text, &mut goals);
                }
            }
            Event::Start(Tag::Paragraph) if in_goals && depth_items == 0 => {
                current = Some((String::new(), usize::MAX));
            }
            Event::End(TagEnd::Paragraph) if depth_items == 0 => {
                finish(&mut current, text, &mut goals)
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                } else if let Some((goal, start)) = current.as_mut() {
                    if *start == usize::MAX {
                        *start = range.start;
                    }
                    goal.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((goal, _)) = current.as_mut() {
                    goal.push(' ');
                }
            }
            _ => {}
        }
    }
    Ok(PlanFile {
        meta,
        has_meta,
        goals,
    })
}

fn finish(current: &mut Option<(String, usize)>, text: &str, goals: &mut Vec<PlanGoal>) {
    if let Some((goal, start)) = current.take() {
        let goal = goal.trim().to_string();
        if !goal.is_empty() && start != usize::MAX {
            let (line, column) = line_column(text, start);
            goals.push(PlanGoal {
                text: goal,
                line,
                column,
            });
        }
    }
}

/// The YAML between a leading `---` line and the next `---` line.
fn front_matter(text: &str) -> Option<&str> {
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    let end = rest.find("\n---")?;
    Some(&rest[..end])
}

#[derive(Deserialize)]
struct YamlPlan {
    #[serde(flatten)]
    meta: PlanMeta,
    #[serde(default)]
    goals: Vec<Spanned<YamlGoal>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum YamlGoal {
    Text(String),
    Map { text: String },
}

fn yaml(path: &Path, text: &str) -> Result<PlanFile, InputError> {
    let plan: YamlPlan =
        serde_saphyr::from_str(text).map_err(|e| format_error(path, 1, e.to_string()))?;
    let goals = plan
        .goals
        .into_iter()
        .map(|goal| {
            let (line, column) = (goal.defined.line() as usize, goal.defined.column() as usize);
            let text = match goal.value {
                YamlGoal::Text(t) | YamlGoal::Map { text: t } => t,
            };
            PlanGoal { text, line, column }
        })
        .filter(|g| !g.text.trim().is_empty())
        .collect();
    Ok(PlanFile {
        meta: plan.meta,
        has_meta: true,
        goals,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headings() -> Vec<String> {
        GOAL_HEADINGS.iter().map(|h| h.to_string()).collect()
    }

    #[test]
    fn markdown_goals_under_the_goals_heading_with_front_matter() {
        let text = "---\nowner: Anna\nreviewed: 2026-01-15\n---\n# Plan\n\nIntro text.\n\n## Doelen\n\n- Ik wil leren delegeren.\n- Ik wil dit project\n  foutloos afronden.\n\nEen doel als alinea.\n\n## Notities\n\n- geen doel\n";
        let plan = parse(Path::new("p.md"), text, &headings()).unwrap();
        assert_eq!(plan.meta.owner.as_deref(), Some("Anna"));
        assert_eq!(plan.meta.reviewed.as_deref(), Some("2026-01-15"));
        let goals: Vec<(&str, usize, usize)> = plan
            .goals
            .iter()
            .map(|g| (g.text.as_str(), g.line, g.column))
            .collect();
        assert_eq!(
            goals,
            [
                ("Ik wil leren delegeren.", 11, 3),
                ("Ik wil dit project foutloos afronden.", 12, 3),
                ("Een doel als alinea.", 15, 1)
            ]
        );
    }

    #[test]
    fn yaml_goals_as_strings_or_maps() {
        let text = "owner: Sam\nreviewed: 2025-03-01\ngoals:\n  - I want to learn to delegate.\n  - text: Close 110% of quota.\n";
        let plan = parse(Path::new("p.yaml"), text, &headings()).unwrap();
        assert_eq!(plan.goals.len(), 2);
        assert_eq!(plan.goals[0].text, "I want to learn to delegate.");
        assert_eq!(plan.goals[0].line, 4);
        assert_eq!(plan.goals[1].text, "Close 110% of quota.");
        assert!(parse(Path::new("bad.yaml"), "goals: [unclosed", &headings()).is_err());
    }

    /// Found by the plan_files fuzz target: an offset inside a multi-byte character.
    #[test]
    fn line_column_inside_a_character() {
        assert_eq!(line_column("é\nx", 1), (1, 1));
        assert_eq!(line_column("ab", 99), (1, 3));
    }

    #[test]
    fn plain_text_paragraphs() {
        let plan = parse(
            Path::new("p.txt"),
            "Eerste doel.\n\n\nTweede\ndoel.\n",
            &headings(),
        )
        .unwrap();
        assert_eq!(plan.goals.len(), 2);
        assert_eq!((plan.goals[1].line, plan.goals[1].column), (4, 1));
    }
}
