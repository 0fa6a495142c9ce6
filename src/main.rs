//! The `goalcheck` command line: parse arguments, call the library, map errors to exit codes
//! (0 clean, 1 findings at error severity, 2 usage, I/O or configuration error).

use std::fs::File;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use goalcheck::eval;
use goalcheck::io::read::csv::{ColumnChoice, CsvGoals};
use goalcheck::io::write::{check, scorecard::ScorecardWriter};
use goalcheck::lexicon::Lexicons;
use goalcheck::rules::{Severity, goal_flags};
use goalcheck::text::Lang;
use goalcheck::{Engine, Options};

/// Feedback on the quality of personal development goals, in Dutch and English. Offline.
#[derive(Parser)]
#[command(name = "goalcheck", version, about)]
struct Args {
    #[command(subcommand)]
    command: Command,

    /// Folder of lexicon files (nl/*.txt, en/*.txt) to layer over the built-in lexicons.
    #[arg(long, global = true, value_name = "DIR")]
    lexicons: Option<PathBuf>,

    /// Language of the goals: nl, en, or auto (detect per goal).
    #[arg(long, global = true, default_value = "auto", value_parser = parse_lang)]
    lang: LangChoice,
}

#[derive(Clone, Copy)]
struct LangChoice(Option<Lang>);

fn parse_lang(s: &str) -> Result<LangChoice, String> {
    if s.eq_ignore_ascii_case("auto") {
        Ok(LangChoice(None))
    } else {
        s.parse().map(|l| LangChoice(Some(l)))
    }
}

#[derive(Subcommand)]
enum Command {
    /// Check one goal: verdict, WOOP checklist, the cues found, and what to improve.
    Check {
        /// The goal text; read from standard input when absent.
        text: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Also show tokens, language detection, clauses, every cue with its weight,
        /// the scores and the thresholds.
        #[arg(long)]
        explain: bool,
    },
    /// Measure accuracy on a labelled CSV (see data/corpus/SCHEMA.md).
    Eval {
        gold: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Write the goals the analysis got wrong, with their evidence, to this CSV file.
        #[arg(long, value_name = "FILE")]
        errors: Option<PathBuf>,
    },
    /// Analyse every goal of a CSV export and write a scorecard, one row per record.
    Audit {
        /// Input CSV with a header row (`-` for standard input).
        input: PathBuf,
        /// Output scorecard CSV (`-` for standard output).
        #[arg(short, long, default_value = "-")]
        output: PathBuf,
        /// Column holding the goal text (default: text, goal, doel, leerdoel, ...).
        #[arg(long)]
        text_column: Option<String>,
        /// Column holding the goal id (default: id; else the record number).
        #[arg(long)]
        id_column: Option<String>,
        /// Column holding the plan id (default: plan_id, plan, employee, medewerker, ...).
        #[arg(long)]
        plan_column: Option<String>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(args) {
        Ok(code) => code,
        Err(err) => {
            if err
                .downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("goalcheck: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn engine(args: &Args) -> Result<&'static Engine> {
    match &args.lexicons {
        None => Ok(Engine::builtin()),
        Some(dir) => {
            let lexicons = Lexicons::with_overlay(dir)?;
            Ok(Box::leak(Box::new(Engine::new(lexicons)?)))
        }
    }
}

fn run(args: Args) -> Result<ExitCode> {
    let engine = engine(&args)?;
    let options = Options {
        lang: args.lang.0,
        ..Options::default()
    };
    match args.command {
        Command::Check {
            text,
            format,
            explain,
        } => {
            let text = match text {
                Some(t) => t,
                None => {
                    let mut t = String::new();
                    io::stdin()
                        .read_to_string(&mut t)
                        .context("reading the goal from standard input")?;
                    t
                }
            };
            if text.trim().is_empty() {
                anyhow::bail!("no goal text given (pass it as an argument or on standard input)");
            }
            let analysis = engine.analyse(&text, &Options { explain, ..options });
            let mut out = io::stdout().lock();
            match format {
                Format::Json => {
                    let mut value = serde_json::to_value(&analysis)?;
                    value["text"] = text.clone().into();
                    value["flags"] = goal_flags(&analysis)
                        .map(|r| r.code)
                        .collect::<Vec<_>>()
                        .into();
                    serde_json::to_writer_pretty(&mut out, &value)?;
                    writeln!(out)?;
                }
                Format::Human => {
                    let color = io::stdout().is_terminal()
                        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
                    write!(out, "{}", check::render(text.trim_end(), &analysis, color))?;
                    if explain {
                        writeln!(
                            out,
                            "\n{}",
                            serde_json::to_string_pretty(&analysis.explain)?
                        )?;
                    }
                }
            }
            let failed = goal_flags(&analysis).any(|r| r.severity == Severity::Error);
            Ok(if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Eval {
            gold,
            format,
            errors,
        } => {
            let file =
                File::open(&gold).with_context(|| format!("cannot open {}", gold.display()))?;
            let rows = eval::read_gold(&gold.display().to_string(), file)?;
            let (report, misses) = eval::evaluate(engine, &rows);
            let mut out = io::stdout().lock();
            match format {
                Format::Json => {
                    serde_json::to_writer_pretty(&mut out, &report)?;
                    writeln!(out)?;
                }
                Format::Human => write!(out, "{}", eval::render(&report))?,
            }
            if let Some(path) = errors {
                let mut writer = csv::Writer::from_path(&path)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                writer.write_record(["id", "text", "wrong", "evidence"])?;
                for miss in &misses {
                    writer.write_record([
                        &miss.id,
                        &miss.text,
                        &miss.wrong.join("; "),
                        &miss.evidence,
                    ])?;
                }
                writer.flush()?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Audit {
            input,
            output,
            text_column,
            id_column,
            plan_column,
        } => {
            let choice = ColumnChoice {
                text: text_column,
                id: id_column,
                plan: plan_column,
            };
            let name = input.display().to_string();
            let reader: Box<dyn Read> = if input == Path::new("-") {
                Box::new(io::stdin())
            } else {
                Box::new(io::BufReader::new(
                    File::open(&input).with_context(|| format!("cannot open {name}"))?,
                ))
            };
            let goals = CsvGoals::new(&name, reader, &choice)?;
            let cols = &goals.columns;
            let column_name =
                |i: Option<usize>| i.map_or("(none)".to_string(), |i| cols.headers[i].clone());
            eprintln!(
                "goalcheck: {name}: text column `{}`, id column {}, plan column {}",
                cols.headers[cols.text],
                column_name(cols.id),
                column_name(cols.plan)
            );
            let out: Box<dyn Write> = if output == Path::new("-") {
                Box::new(io::stdout().lock())
            } else {
                Box::new(io::BufWriter::new(
                    File::create(&output)
                        .with_context(|| format!("cannot write {}", output.display()))?,
                ))
            };
            let mut writer = ScorecardWriter::new(out)?;
            let (mut rows, mut errors) = (0u64, 0u64);
            for record in goals {
                rows += 1;
                match record {
                    Ok(record) => match &record.text {
                        Ok(text) => writer.write(
                            &record.id,
                            &record.plan_id,
                            &engine.analyse(text, &options),
                        )?,
                        Err(reason) => {
                            errors += 1;
                            eprintln!("goalcheck: {name}:{}: {reason}", record.line);
                            writer.write_error(&record.id, &record.plan_id, reason)?;
                        }
                    },
                    Err(err) => {
                        errors += 1;
                        eprintln!("goalcheck: {err}");
                        writer.write_error(&rows.to_string(), "", &err.to_string())?;
                    }
                }
            }
            writer.finish()?.flush()?;
            eprintln!("goalcheck: {rows} records, {errors} with errors");
            Ok(ExitCode::SUCCESS)
        }
    }
}
