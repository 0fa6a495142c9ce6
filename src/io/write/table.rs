//! Table outputs (CSV, JSON Lines, XLSX) behind one trait, written atomically.
//!
//! A file output is written to a temporary file beside its destination and renamed over it
//! only when complete, so a crash or Ctrl-C never leaves a half-written scorecard under the
//! final name. Standard output (`-`) is written directly.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Format, Workbook};

use super::scorecard::Cell;

/// The table formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    Csv,
    Jsonl,
    Xlsx,
}

impl TableFormat {
    /// From the file name: `.jsonl`/`.json` and `.xlsx`; anything else is CSV.
    pub fn from_path(path: &Path) -> TableFormat {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("jsonl" | "ndjson" | "json") => TableFormat::Jsonl,
            Some("xlsx") => TableFormat::Xlsx,
            _ => TableFormat::Csv,
        }
    }
}

/// CSV dialect: `--excel` asks for `;` and a BOM so Dutch Excel opens it right.
#[derive(Debug, Clone, Copy)]
pub struct CsvStyle {
    pub delimiter: u8,
    pub bom: bool,
}

impl Default for CsvStyle {
    fn default() -> Self {
        CsvStyle {
            delimiter: b',',
            bom: false,
        }
    }
}

/// Turns rows into the bytes of a text format, on any thread: formatting is most of the cost
/// of writing, so the pipeline does it in parallel and the sink only appends.
#[derive(Debug, Clone)]
pub enum RowBytes {
    Csv { delimiter: u8 },
    Jsonl { columns: Vec<String> },
}

impl RowBytes {
    pub fn render(&self, cells: &[Cell<'_>]) -> Vec<u8> {
        // A row with its evidence, suggestion and advice is about a kilobyte.
        let mut out = Vec::with_capacity(1024);
        match self {
            RowBytes::Csv { delimiter } => {
                for (i, cell) in cells.iter().enumerate() {
                    if i > 0 {
                        out.push(*delimiter);
                    }
                    match cell {
                        // A row holds a dozen flags and counts: no string each (nor quotes).
                        Cell::Int(n) => {
                            out.extend_from_slice(itoa::Buffer::new().format(*n).as_bytes())
                        }
                        _ => push_csv_field(&mut out, cell.to_csv().as_bytes(), *delimiter),
                    }
                }
                out.push(b'\n');
            }
            RowBytes::Jsonl { columns } => {
                let object: serde_json::Map<String, serde_json::Value> = columns
                    .iter()
                    .cloned()
                    .zip(cells.iter().map(json_value))
                    .collect();
                serde_json::to_writer(&mut out, &object).expect("JSON of strings and numbers");
                out.push(b'\n');
            }
        }
        out
    }
}

/// Appends one CSV field, quoted when it holds the delimiter, a quote or a line break (the
/// csv crate's `QuoteStyle::Necessary`).
fn push_csv_field(out: &mut Vec<u8>, field: &[u8], delimiter: u8) {
    // memchr scans a row's kilobyte of evidence in wide steps; a byte loop cost 4% of an audit.
    let needs_quotes = memchr::memchr3(delimiter, b'"', b'\n', field).is_some()
        || memchr::memchr(b'\r', field).is_some();
    if !needs_quotes {
        out.extend_from_slice(field);
        return;
    }
    out.push(b'"');
    // Copy the runs between quotes whole, doubling each quote.
    let mut rest = field;
    while let Some(i) = memchr::memchr(b'"', rest) {
        out.extend_from_slice(&rest[..=i]);
        out.push(b'"');
        rest = &rest[i + 1..];
    }
    out.extend_from_slice(rest);
    out.push(b'"');
}

fn json_value(cell: &Cell<'_>) -> serde_json::Value {
    match cell {
        Cell::Text(t) | Cell::Word(t) => serde_json::Value::from(t.as_ref()),
        Cell::Int(i) => serde_json::Value::from(*i),
        Cell::Float(f) => serde_json::Value::from((f * 100.0).round() / 100.0),
        Cell::Empty => serde_json::Value::Null,
    }
}

/// A table being written.
pub trait TableSink {
    fn header(&mut self, columns: &[String]) -> io::Result<()>;
    fn row(&mut self, cells: &[Cell<'_>]) -> io::Result<()>;
    /// How rows can be turned into bytes on other threads, if this format allows it.
    fn row_bytes(&self) -> Option<RowBytes> {
        None
    }
    /// Appends a row made by [`RowBytes::render`].
    fn raw_row(&mut self, _bytes: &[u8]) -> io::Result<()> {
        Err(io::Error::other("this format has no byte rows"))
    }
    /// Flushes and, for a file, moves it under its final name.
    fn finish(self: Box<Self>) -> io::Result<()>;
}

/// Temporary files being written, so an interrupted run (Ctrl-C, SIGTERM) can remove them:
/// see [`remove_unfinished`].
static UNFINISHED: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// Removes every temporary output not yet renamed; the CLI calls it when interrupted.
pub fn remove_unfinished() {
    let paths = UNFINISHED
        .lock()
        .map(|mut p| std::mem::take(&mut *p))
        .unwrap_or_default();
    for path in paths {
        let _ = fs::remove_file(path);
    }
}

fn forget_unfinished(path: &Path) {
    if let Ok(mut paths) = UNFINISHED.lock() {
        paths.retain(|p| p != path);
    }
}

/// A file written under a temporary name and renamed when complete; removed if dropped
/// before that.
pub struct AtomicFile {
    temp: PathBuf,
    dest: PathBuf,
    done: bool,
}

impl AtomicFile {
    pub fn new(dest: &Path) -> AtomicFile {
        let name = dest
            .file_name()
            .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
        let temp = dest.with_file_name(format!(".{name}.goalcheck-{}.tmp", std::process::id()));
        if let Ok(mut paths) = UNFINISHED.lock() {
            paths.push(temp.clone());
        }
        AtomicFile {
            temp,
            dest: dest.to_path_buf(),
            done: false,
        }
    }

    pub fn temp_path(&self) -> &Path {
        &self.temp
    }

    pub fn commit(mut self) -> io::Result<()> {
        fs::rename(&self.temp, &self.dest)?;
        self.done = true;
        forget_unfinished(&self.temp);
        Ok(())
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_file(&self.temp);
            forget_unfinished(&self.temp);
        }
    }
}

/// Does `path` exist as something other than a regular file (a device, a pipe)?
fn is_special(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// Writes a whole file (the HTML report) the way [`create`] opens a table: `-` is standard
/// output, a device or pipe is written in place, a file under a temporary name renamed when
/// complete.
pub fn write_whole(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if path == Path::new("-") {
        return io::stdout().lock().write_all(bytes);
    }
    if is_special(path) {
        return fs::OpenOptions::new()
            .write(true)
            .open(path)?
            .write_all(bytes);
    }
    let file = AtomicFile::new(path);
    fs::write(file.temp_path(), bytes)?;
    file.commit()
}

/// Opens a table at `path` (`-`: standard output).
pub fn create(path: &Path, format: TableFormat, style: CsvStyle) -> io::Result<Box<dyn TableSink>> {
    let to_stdout = path == Path::new("-");
    if format == TableFormat::Xlsx {
        if to_stdout {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "XLSX cannot be written to standard output; name a file",
            ));
        }
        if is_special(path) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "XLSX needs a regular file; it cannot be written to a device or pipe",
            ));
        }
        return Ok(Box::new(XlsxSink::new(path)));
    }
    let (out, atomic): (Box<dyn Write>, Option<AtomicFile>) = if to_stdout {
        (Box::new(io::stdout().lock()), None)
    } else if is_special(path) {
        // A device or pipe (`/dev/null`, a FIFO) is written in place: renaming a file over
        // it would replace the device itself.
        let file = fs::OpenOptions::new().write(true).open(path)?;
        (Box::new(BufWriter::with_capacity(256 * 1024, file)), None)
    } else {
        let atomic = AtomicFile::new(path);
        let file = File::create(atomic.temp_path())?;
        (
            Box::new(BufWriter::with_capacity(256 * 1024, file)),
            Some(atomic),
        )
    };
    let bytes = match format {
        TableFormat::Jsonl => RowBytes::Jsonl {
            columns: Vec::new(),
        },
        _ => RowBytes::Csv {
            delimiter: style.delimiter,
        },
    };
    let mut out = out;
    if style.bom && format == TableFormat::Csv {
        out.write_all("\u{FEFF}".as_bytes())?;
    }
    Ok(Box::new(TextSink { out, atomic, bytes }))
}

/// CSV and JSON Lines: rows rendered by [`RowBytes`] and appended.
struct TextSink {
    out: Box<dyn Write>,
    atomic: Option<AtomicFile>,
    bytes: RowBytes,
}

impl TableSink for TextSink {
    fn header(&mut self, columns: &[String]) -> io::Result<()> {
        match &mut self.bytes {
            // JSON Lines has no header row: the columns become every object's keys.
            RowBytes::Jsonl { columns: keys } => {
                *keys = columns.to_vec();
                Ok(())
            }
            RowBytes::Csv { .. } => {
                let cells: Vec<Cell<'_>> = columns
                    .iter()
                    .map(|c| Cell::Word(c.as_str().into()))
                    .collect();
                self.row(&cells)
            }
        }
    }

    fn row(&mut self, cells: &[Cell<'_>]) -> io::Result<()> {
        let bytes = self.bytes.render(cells);
        self.raw_row(&bytes)
    }

    fn row_bytes(&self) -> Option<RowBytes> {
        Some(self.bytes.clone())
    }

    fn raw_row(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        let mut this = *self;
        this.out.flush()?;
        drop(this.out);
        this.atomic.map_or(Ok(()), AtomicFile::commit)
    }
}

/// XLSX in constant-memory mode: rows go to disk as they come (into the destination's
/// folder, never a system temp folder: goals are personal data).
struct XlsxSink {
    workbook: Workbook,
    atomic: AtomicFile,
    row: u32,
    error: Option<String>,
}

impl XlsxSink {
    fn new(path: &Path) -> XlsxSink {
        let mut workbook = Workbook::new();
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let error = workbook
            .set_tempdir(dir)
            .err()
            .map(|e| e.to_string())
            .or_else(|| {
                workbook
                    .add_worksheet_with_constant_memory()
                    .err()
                    .map(|e| e.to_string())
            });
        XlsxSink {
            workbook,
            atomic: AtomicFile::new(path),
            row: 0,
            error,
        }
    }

    fn check(&self) -> io::Result<()> {
        match &self.error {
            Some(e) => Err(io::Error::other(e.clone())),
            None => Ok(()),
        }
    }
}

/// Excel holds at most 32,767 characters in a cell; longer text (the evidence of a huge goal)
/// is cut there rather than failing the whole run.
fn excel_cell_text(text: &str) -> &str {
    const EXCEL_CELL_CHARS: usize = 32_767;
    match text.char_indices().nth(EXCEL_CELL_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

fn xlsx_error(e: rust_xlsxwriter::XlsxError) -> io::Error {
    io::Error::other(e.to_string())
}

impl TableSink for XlsxSink {
    fn header(&mut self, columns: &[String]) -> io::Result<()> {
        self.check()?;
        let bold = Format::new().set_bold();
        let sheet = self.workbook.worksheet_from_index(0).map_err(xlsx_error)?;
        for (col, name) in columns.iter().enumerate() {
            sheet
                .write_string_with_format(0, col as u16, name, &bold)
                .map_err(xlsx_error)?;
        }
        self.row = 1;
        Ok(())
    }

    fn row(&mut self, cells: &[Cell<'_>]) -> io::Result<()> {
        self.check()?;
        let row = self.row;
        let sheet = self.workbook.worksheet_from_index(0).map_err(xlsx_error)?;
        for (col, cell) in cells.iter().enumerate() {
            let col = col as u16;
            // Strings are written as strings, so a goal starting with `=` is never a formula.
            match cell {
                Cell::Text(t) | Cell::Word(t) => {
                    sheet.write_string(row, col, excel_cell_text(t)).map(|_| ())
                }
                Cell::Int(i) => sheet.write_number(row, col, *i as f64).map(|_| ()),
                Cell::Float(f) => sheet
                    .write_number(row, col, (f * 100.0).round() / 100.0)
                    .map(|_| ()),
                Cell::Empty => Ok(()),
            }
            .map_err(xlsx_error)?;
        }
        self.row += 1;
        Ok(())
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        let mut this = *self;
        this.check()?;
        this.workbook
            .save(this.atomic.temp_path())
            .map_err(xlsx_error)?;
        this.atomic.commit()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_cells_are_cut_at_the_limit_on_a_char_boundary() {
        let long = "é".repeat(40_000);
        assert_eq!(excel_cell_text(&long).chars().count(), 32_767);
        assert_eq!(excel_cell_text("kort"), "kort");
    }

    /// Regression: `-o /dev/null` once renamed a regular file over the device.
    #[test]
    fn devices_are_written_in_place_never_replaced() {
        let null = Path::new("/dev/null");
        if !null.exists() {
            return;
        }
        let mut sink = create(null, TableFormat::Csv, CsvStyle::default()).unwrap();
        sink.header(&["id".to_string()]).unwrap();
        sink.finish().unwrap();
        let metadata = fs::metadata(null).unwrap();
        assert!(!metadata.is_file(), "/dev/null must stay a device");
    }

    #[test]
    fn an_unfinished_file_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("out.csv");
        let atomic = AtomicFile::new(&dest);
        fs::write(atomic.temp_path(), "half").unwrap();
        drop(atomic);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
        let atomic = AtomicFile::new(&dest);
        fs::write(atomic.temp_path(), "whole").unwrap();
        atomic.commit().unwrap();
        assert_eq!(fs::read_to_string(&dest).unwrap(), "whole");
    }
}
