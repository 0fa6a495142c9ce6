//! XLSX input (and XLS/ODS, which calamine also reads): the first sheet or `--sheet NAME`,
//! the first row as headers. The sheet is read whole (a sheet holds at most about a million
//! rows); the records are then streamed through the pipeline like any other input.

use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use calamine::{Data, Reader, open_workbook_auto};

use crate::error::InputError;

use super::columns::Columns;
use super::{Input, InputOptions, Record};

/// A cell as text: whole numbers without `.0`, dates as Excel shows them.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// Opens the workbook at `path`.
pub fn open(file: Arc<str>, path: &Path, options: &InputOptions) -> Result<Input, InputError> {
    let format_error = |reason: String| InputError::Format {
        file: file.to_string(),
        reason,
    };
    if let Err(source) = File::open(path) {
        return Err(InputError::Io {
            path: path.into(),
            source,
        });
    }
    // calamine can panic on a malformed workbook (an overflow in a cell reference, found by
    // fuzzing): that is a broken file, never a crash.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read_workbook(file.clone(), path, options)
    }))
    .unwrap_or_else(|_| {
        Err(format_error(
            "not a readable workbook: its XML is malformed".into(),
        ))
    })
}

fn read_workbook(file: Arc<str>, path: &Path, options: &InputOptions) -> Result<Input, InputError> {
    let format_error = |reason: String| InputError::Format {
        file: file.to_string(),
        reason,
    };
    let mut workbook = open_workbook_auto(path)
        .map_err(|e| format_error(format!("not a readable workbook: {e}")))?;
    let sheets = workbook.sheet_names();
    let sheet = match &options.sheet {
        Some(name) => sheets
            .iter()
            .find(|s| s.eq_ignore_ascii_case(name))
            .cloned()
            .ok_or_else(|| {
                format_error(format!("no sheet `{name}` (sheets: {})", sheets.join(", ")))
            })?,
        None => sheets
            .first()
            .cloned()
            .ok_or_else(|| format_error("the workbook has no sheets".into()))?,
    };
    let range = workbook
        .worksheet_range(&sheet)
        .map_err(|e| format_error(format!("cannot read sheet `{sheet}`: {e}")))?;
    let first_row = range.start().map_or(0, |(row, _)| row as u64);
    let mut rows = range.rows();
    let headers: Vec<String> = rows
        .next()
        .ok_or_else(|| format_error(format!("sheet `{sheet}` is empty")))?
        .iter()
        .map(|c| cell_text(c).trim().to_string())
        .collect();
    let columns = Columns::resolve_in(&file, headers, &options.columns, &options.keep)?;
    let description = format!("sheet `{sheet}`, {}", columns.describe());
    let records: Vec<Record> = rows
        .enumerate()
        .map(|(i, row)| {
            let number = i as u64 + 1;
            let field = |c: usize| {
                row.get(c)
                    .map(|cell| cell_text(cell).trim().to_string())
                    .unwrap_or_default()
            };
            let text = match row.get(columns.text) {
                Some(Data::Error(e)) => Err(format!("the text cell holds an error ({e})")),
                _ => {
                    let t = row.get(columns.text).map(cell_text).unwrap_or_default();
                    if t.trim().is_empty() {
                        Err("empty text".to_string())
                    } else {
                        Ok(t)
                    }
                }
            };
            Record {
                file: file.clone(),
                line: first_row + number + 1,
                number,
                id: columns
                    .id
                    .map(field)
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| number.to_string()),
                plan_id: columns.plan.map(field).unwrap_or_default(),
                text,
                kept: columns.kept.iter().map(|&c| field(c)).collect(),
            }
        })
        .collect();
    Ok(Input {
        records: Box::new(records.into_iter()),
        description,
    })
}
