//! `goalcheck audit`: every record of one or more HR exports through the pipeline into a goal
//! scorecard, and optionally a plan scorecard.

use std::path::{Path, PathBuf};
use std::time::Instant;

use thiserror::Error;

use crate::analyse::plan::PlanTally;
use crate::engine::{Engine, Options};
use crate::error::InputError;
use crate::io::read::{self, InputOptions};
use crate::io::write::scorecard::{PLAN_COLUMNS, goal_header, goal_row, plan_row};
use crate::io::write::table::{self, CsvStyle, TableFormat};
use crate::pipeline::{self, Outcome, Summary};
use crate::report::{ReportOptions, ReportTally, html};
use crate::rules::PlanSettings;

/// What to audit and where to write it.
#[derive(Debug, Clone)]
pub struct AuditConfig {
    pub inputs: Vec<PathBuf>,
    /// Goal scorecard (`-`: standard output).
    pub output: PathBuf,
    /// Format of the scorecards; from the output's extension when `None`.
    pub format: Option<TableFormat>,
    pub csv_style: CsvStyle,
    /// Plan scorecard, if wanted.
    pub plans: Option<PathBuf>,
    pub plan_settings: PlanSettings,
    pub input: InputOptions,
    pub analysis: Options,
    /// Worker threads; 0 for one per core.
    pub threads: usize,
    /// The HTML report, if wanted, and how to build it.
    pub report: Option<(PathBuf, ReportOptions)>,
}

/// A failure that stops the audit.
#[derive(Debug, Error)]
pub enum AuditError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("{}: {source}", path.display())]
    Output {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Runs the audit. `notify` receives a line per input saying how it is read; `progress` the
/// number of records done so far.
pub fn run(
    config: &AuditConfig,
    engine: &Engine,
    notify: &mut dyn FnMut(&str),
    progress: &mut dyn FnMut(u64),
) -> Result<Summary, AuditError> {
    let started = Instant::now();
    // Open every input first: a missing file or column fails before anything is written.
    let mut inputs = Vec::with_capacity(config.inputs.len());
    for path in &config.inputs {
        let input = read::open(path, &config.input)?;
        notify(&format!("{}: {}", path.display(), input.description));
        inputs.push(input);
    }
    let with_source = config.inputs.len() > 1;
    let output_error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| AuditError::Output { path, source }
    };
    let format = |path: &Path| {
        config
            .format
            .unwrap_or_else(|| TableFormat::from_path(path))
    };
    let mut goals = table::create(&config.output, format(&config.output), config.csv_style)
        .map_err(output_error(&config.output))?;
    goals
        .header(&goal_header(&config.input.keep, with_source))
        .map_err(output_error(&config.output))?;

    let mut summary = Summary::default();
    let mut plans = PlanTally::default();
    let mut report = config
        .report
        .as_ref()
        .map(|(_, options)| ReportTally::new(options));
    let records = inputs.into_iter().flat_map(|input| input.records);
    // Text formats are formatted on the workers; XLSX rows are written here, in order.
    let row_bytes = goals.row_bytes();
    let render = |outcome: &Outcome| {
        row_bytes
            .as_ref()
            .map(|bytes| bytes.render(&goal_row(outcome, with_source)))
    };
    pipeline::run(
        records,
        engine,
        &config.analysis,
        config.threads,
        render,
        |outcomes| {
            for (outcome, bytes) in outcomes {
                match bytes {
                    Some(bytes) => goals.raw_row(bytes)?,
                    None => goals.row(&goal_row(outcome, with_source))?,
                }
                summary.add(outcome);
                if config.plans.is_some() {
                    plans.add(&outcome.record.plan_id, outcome.result.as_ref().ok());
                }
                if let Some(report) = &mut report {
                    report.add(outcome);
                }
            }
            progress(summary.records);
            Ok(())
        },
    )
    .map_err(output_error(&config.output))?;
    goals.finish().map_err(output_error(&config.output))?;

    if let Some(path) = &config.plans {
        let mut sink =
            table::create(path, format(path), config.csv_style).map_err(output_error(path))?;
        let header: Vec<String> = PLAN_COLUMNS.iter().map(|c| c.to_string()).collect();
        sink.header(&header).map_err(output_error(path))?;
        for row in plans.rows() {
            sink.row(&plan_row(row, &config.plan_settings))
                .map_err(output_error(path))?;
        }
        sink.finish().map_err(output_error(path))?;
    }
    if let (Some((path, options)), Some(report)) = (&config.report, &report) {
        table::write_whole(path, html::render(report, options).as_bytes())
            .map_err(output_error(path))?;
    }
    summary.elapsed = started.elapsed();
    Ok(summary)
}
