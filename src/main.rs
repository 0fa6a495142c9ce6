//! The `goalcheck` command line: parse arguments, call the library, map errors to exit codes
//! (0 clean, 1 findings at error severity, 2 usage, I/O or configuration error).

use std::fs::File;
use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use globset::{Glob, GlobSet, GlobSetBuilder};
use goalcheck::audit::{self, AuditConfig};
use goalcheck::eval;
use goalcheck::io::read::decode::encoding_by_name;
use goalcheck::io::read::plan::GOAL_HEADINGS;
use goalcheck::io::read::{ColumnChoice, InputOptions};
use goalcheck::io::write::check;
use goalcheck::io::write::lint as lint_out;
use goalcheck::io::write::table::{CsvStyle, TableFormat};
use goalcheck::lexicon::Lexicons;
use goalcheck::lint::{self, LintConfig};
use goalcheck::report::ReportOptions;
use goalcheck::rules::{self, PlanSettings, RULES, Severity, goal_flags};
use goalcheck::settings::{self, FileConfig};
use goalcheck::text::Lang;
use goalcheck::{Engine, Options};
use indicatif::{ProgressBar, ProgressStyle};

// Analysis allocates many small, short-lived strings per goal; mimalloc serves them in a
// fraction of the instructions glibc's malloc takes (as ruff does with its allocator).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// Analyse every goal of one or more HR exports and write a scorecard, one row per record.
    Audit(AuditArgs),
    /// Check the development plans of a repository (Markdown, YAML), as a CI or pre-commit step.
    Lint(LintArgs),
    /// Show the effective lint configuration and where each value came from.
    Config {
        /// Print the configuration (the only action for now).
        #[arg(long)]
        show: bool,
        #[command(flatten)]
        settings: LintSettingsArgs,
        #[arg(long, value_delimiter = ',', value_name = "CODES")]
        select: Vec<String>,
        #[arg(long, value_delimiter = ',', value_name = "CODES")]
        ignore: Vec<String>,
    },
    /// List the rules, or explain one (`goalcheck rules GC201`).
    Rules {
        /// A rule code.
        code: Option<String>,
    },
}

#[derive(clap::Args)]
struct LintArgs {
    /// Plan files or folders (default: the working directory; .gitignore is honoured).
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = LintFormat::Human)]
    format: LintFormat,
    /// Check only rules whose code starts with one of these (GC1,GC201).
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    select: Vec<String>,
    /// Skip rules whose code starts with one of these (GC3).
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    ignore: Vec<String>,
    #[command(flatten)]
    settings: LintSettingsArgs,
    /// Report findings but exit 0, for teams adopting goalcheck gradually.
    #[arg(long)]
    exit_zero: bool,
}

/// The settings `goalcheck.toml` can also hold; a flag wins over the file.
#[derive(clap::Args)]
struct LintSettingsArgs {
    /// Configuration file (default: goalcheck.toml here or in a folder above).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// More goals than this in a plan is flagged (GC401; default 3).
    #[arg(long, value_name = "N")]
    max_goals: Option<u64>,
    /// A review date older than this many days is flagged (GC406; default 365).
    #[arg(long, value_name = "DAYS")]
    review_max_age_days: Option<i64>,
    /// Goals with a lower quality score are reported (GC104).
    #[arg(long, value_name = "SCORE")]
    min_quality: Option<u8>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LintFormat {
    Human,
    Json,
    Github,
    Sarif,
}

#[derive(clap::Args)]
struct AuditArgs {
    /// Inputs: CSV or TSV (any delimiter; UTF-8, UTF-16 or Windows-1252), JSON Lines
    /// (.jsonl) or XLSX (.xlsx); `-` for standard input (CSV).
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Goal scorecard (`-` for standard output).
    #[arg(short, long, default_value = "-", value_name = "FILE")]
    output: PathBuf,
    /// Scorecard format (default: from the output's extension, else csv).
    #[arg(long, value_enum)]
    format: Option<TableFormatArg>,
    /// CSV for Dutch Excel: `;` as delimiter and a byte-order mark.
    #[arg(long)]
    excel: bool,
    /// Also write a plan scorecard: one row per plan_id.
    #[arg(long, value_name = "FILE")]
    plans: Option<PathBuf>,
    /// More goals than this in a plan is flagged (GC401).
    #[arg(long, default_value_t = 3, value_name = "N")]
    max_goals: u64,
    /// Worker threads (default: one per core).
    #[arg(long, default_value_t = 0, value_name = "N")]
    threads: usize,
    /// No progress bar and no summary.
    #[arg(short, long)]
    quiet: bool,
    /// Exit 1 when any record could not be analysed.
    #[arg(long)]
    strict: bool,
    /// Columns to copy into the scorecard, such as department or team.
    #[arg(long, value_delimiter = ',', value_name = "COL,COL")]
    keep: Vec<String>,
    /// XLSX sheet to read (default: the first).
    #[arg(long, value_name = "NAME")]
    sheet: Option<String>,
    /// Encoding of CSV/JSONL input (default: detected; e.g. utf-8, windows-1252, utf-16).
    #[arg(long, value_name = "NAME")]
    encoding: Option<String>,
    /// Column holding the goal text (default: text, goal, doel, leerdoel, ...).
    #[arg(long, value_name = "COL")]
    text_column: Option<String>,
    /// Column holding the goal id (default: id; else the record number).
    #[arg(long, value_name = "COL")]
    id_column: Option<String>,
    /// Column holding the plan id (default: plan_id, plan, employee, medewerker, ...).
    #[arg(long, value_name = "COL")]
    plan_column: Option<String>,
    /// Also write an HTML report: one self-contained page with charts, for reading and print.
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// Break every chart of the report down by this column (e.g. department); the column is
    /// also kept in the scorecard.
    #[arg(long, value_name = "COL", requires = "report")]
    group_by: Option<String>,
    /// Groups with fewer plans than this are merged into "other" in the report.
    #[arg(long, default_value_t = 5, value_name = "N", requires = "report")]
    min_group: u64,
    /// Language of the report (default: the language most goals are written in).
    #[arg(long, value_enum, requires = "report")]
    ui_lang: Option<UiLang>,
    /// Replace names and e-mail addresses in the report's example goals.
    #[arg(long, requires = "report")]
    redact: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum UiLang {
    Nl,
    En,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum TableFormatArg {
    Csv,
    Jsonl,
    Xlsx,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
}

fn main() -> ExitCode {
    let args = Args::parse();
    // Ctrl-C or SIGTERM mid-run: remove unfinished outputs, so no partial scorecard is left.
    let _ = ctrlc::set_handler(|| {
        goalcheck::io::write::table::remove_unfinished();
        std::process::exit(130);
    });
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
        Command::Audit(audit) => run_audit(audit, engine, options),
        Command::Lint(lint) => run_lint(lint, engine, options),
        Command::Rules { code } => run_rules(code.as_deref()),
        Command::Config {
            settings,
            select,
            ignore,
            ..
        } => {
            let resolved = resolve_lint(&settings, select, ignore, options)?;
            let mut out = io::stdout().lock();
            for (key, value, source) in &resolved.sources {
                writeln!(out, "{key:<20} = {value:<24} # {source}")?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn run_audit(args: AuditArgs, engine: &Engine, analysis: Options) -> Result<ExitCode> {
    let encoding = match &args.encoding {
        None => None,
        Some(name) => Some(
            encoding_by_name(name).ok_or_else(|| anyhow::anyhow!("unknown encoding `{name}`"))?,
        ),
    };
    let stdout = std::path::Path::new("-");
    if args.report.as_deref() == Some(stdout) && args.output == stdout {
        anyhow::bail!(
            "the scorecard and the report cannot both go to standard output; name a file with -o"
        );
    }
    let mut keep = args.keep;
    let group = args.group_by.as_ref().map(|column| {
        keep.iter().position(|k| k == column).unwrap_or_else(|| {
            keep.push(column.clone());
            keep.len() - 1
        })
    });
    let plan_settings = PlanSettings {
        max_goals: args.max_goals,
        ..PlanSettings::default()
    };
    let report = args.report.map(|path| {
        let options = ReportOptions {
            group,
            group_name: args.group_by.clone(),
            min_group: args.min_group,
            ui_lang: args.ui_lang.map(|l| match l {
                UiLang::Nl => Lang::Nl,
                UiLang::En => Lang::En,
            }),
            redact: args.redact,
            plan_settings,
        };
        (path, options)
    });
    let config = AuditConfig {
        inputs: args.inputs,
        output: args.output,
        format: args.format.map(|f| match f {
            TableFormatArg::Csv => TableFormat::Csv,
            TableFormatArg::Jsonl => TableFormat::Jsonl,
            TableFormatArg::Xlsx => TableFormat::Xlsx,
        }),
        csv_style: if args.excel {
            CsvStyle {
                delimiter: b';',
                bom: true,
            }
        } else {
            CsvStyle::default()
        },
        plans: args.plans,
        plan_settings,
        input: InputOptions {
            columns: ColumnChoice {
                text: args.text_column,
                id: args.id_column,
                plan: args.plan_column,
            },
            keep,
            sheet: args.sheet,
            encoding,
        },
        analysis,
        threads: args.threads,
        report,
    };
    let bar = if args.quiet || !io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        let bar = ProgressBar::new_spinner();
        bar.set_style(ProgressStyle::with_template(
            "{spinner} {pos} goals, {per_sec} {elapsed}",
        )?);
        bar
    };
    let quiet = args.quiet;
    let summary = audit::run(
        &config,
        engine,
        &mut |line| {
            if !quiet {
                bar.suspend(|| eprintln!("goalcheck: {line}"));
            }
        },
        &mut |done| bar.set_position(done),
    )?;
    bar.finish_and_clear();
    if !quiet {
        eprint!("{}", summary.render());
    }
    Ok(if args.strict && summary.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The lint configuration with the source of every value.
struct ResolvedLint {
    config: LintConfig,
    lexicons: Option<PathBuf>,
    sources: Vec<(&'static str, String, String)>,
}

/// Defaults < goalcheck.toml < flags.
fn resolve_lint(
    args: &LintSettingsArgs,
    select: Vec<String>,
    ignore: Vec<String>,
    analysis: Options,
) -> Result<ResolvedLint> {
    let path = match &args.config {
        Some(path) => Some(path.clone()),
        None => settings::discover(&std::env::current_dir()?),
    };
    let file = match &path {
        Some(path) => settings::load(path)?,
        None => FileConfig::default(),
    };
    let file_name = path
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let base = path
        .as_ref()
        .and_then(|p| p.parent().map(PathBuf::from))
        .unwrap_or_default();
    let mut sources = Vec::new();
    let mut pick =
        |key: &'static str, flag: Option<String>, from_file: Option<String>, default: &str| {
            let (value, source) = match (flag, from_file) {
                (Some(v), _) => (v, "command line".to_string()),
                (None, Some(v)) => (v, file_name.clone()),
                (None, None) => (default.to_string(), "default".to_string()),
            };
            sources.push((key, value.clone(), source));
            value
        };
    let list = |v: &[String]| v.join(",");
    let non_empty = |v: Vec<String>| (!v.is_empty()).then(|| list(&v));
    let select = pick(
        "select",
        non_empty(select),
        file.select.as_deref().map(list),
        "",
    );
    let ignore = pick(
        "ignore",
        non_empty(ignore),
        file.ignore.as_deref().map(list),
        "",
    );
    let max_goals = pick(
        "max-goals",
        args.max_goals.map(|v| v.to_string()),
        file.max_goals.map(|v| v.to_string()),
        "3",
    );
    let review = pick(
        "review-max-age-days",
        args.review_max_age_days.map(|v| v.to_string()),
        file.review_max_age_days.map(|v| v.to_string()),
        "365",
    );
    let min_quality = pick(
        "min-quality",
        args.min_quality.map(|v| v.to_string()),
        file.min_quality.map(|v| v.to_string()),
        "",
    );
    let include = pick("include", None, file.include.as_deref().map(list), "");
    let exclude = pick("exclude", None, file.exclude.as_deref().map(list), "");
    let lexicons = pick(
        "lexicons",
        None,
        file.lexicons
            .as_ref()
            .map(|p| base.join(p).display().to_string()),
        "",
    );
    let headings = pick(
        "headings",
        None,
        file.headings.as_deref().map(list),
        &GOAL_HEADINGS.join(","),
    );
    let severity_text = file.severity.as_ref().map(|m| {
        m.iter()
            .map(|(k, v)| format!("{k}:{}", format!("{v:?}").to_lowercase()))
            .collect::<Vec<_>>()
            .join(",")
    });
    pick("severity", None, severity_text, "");
    let split = |v: &str| -> Vec<String> {
        v.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    let globs = |patterns: &str| -> Result<Option<GlobSet>> {
        let patterns = split(patterns);
        if patterns.is_empty() {
            return Ok(None);
        }
        let mut builder = GlobSetBuilder::new();
        for pattern in patterns {
            // Patterns match paths inside the linted folders; one that climbs out or starts at
            // the root could never match, and reads as if it could reach outside: say so.
            let leaves = pattern.starts_with('/')
                || pattern.starts_with('\\')
                || pattern.split(['/', '\\']).any(|part| part == "..");
            if leaves {
                anyhow::bail!(
                    "glob `{pattern}` in {file_name} points outside the linted folders; \
                     patterns are relative to them and cannot leave them"
                );
            }
            builder.add(
                Glob::new(&pattern)
                    .with_context(|| format!("bad glob `{pattern}` in {file_name}"))?,
            );
        }
        Ok(Some(builder.build()?))
    };
    let today = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| (d.as_secs() / 86_400) as i64);
    let config = LintConfig {
        select: split(&select),
        ignore: split(&ignore),
        plan: PlanSettings {
            max_goals: max_goals.parse()?,
            review_max_age_days: review.parse()?,
        },
        headings: split(&headings),
        today,
        analysis,
        severity: file.severity.clone().unwrap_or_default(),
        min_quality: if min_quality.is_empty() {
            None
        } else {
            Some(min_quality.parse()?)
        },
        include: globs(&include)?,
        exclude: globs(&exclude)?,
    };
    Ok(ResolvedLint {
        config,
        lexicons: (!lexicons.is_empty()).then(|| PathBuf::from(lexicons)),
        sources,
    })
}

fn run_lint(args: LintArgs, engine: &Engine, analysis: Options) -> Result<ExitCode> {
    let analysis = Options {
        suggest: false,
        ..analysis
    };
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths
    };
    for path in &paths {
        if !path.exists() {
            anyhow::bail!("{}: no such file or folder", path.display());
        }
    }
    let resolved = resolve_lint(&args.settings, args.select, args.ignore, analysis)?;
    let config = resolved.config;
    let overlay;
    let engine = match &resolved.lexicons {
        Some(dir) => {
            overlay = Engine::new(Lexicons::with_overlay(dir)?)?;
            &overlay
        }
        None => engine,
    };
    let files = lint::discover(&paths, config.include.as_ref(), config.exclude.as_ref());
    let mut findings = Vec::new();
    // A file that cannot be read or parsed is reported and the others are still linted, as
    // ruff does; the run then exits 2.
    let mut unreadable = Vec::new();
    for file in &files {
        let result = lint::read_plan(file).and_then(|text| {
            lint::lint_file(file, &text, engine, &config).map_err(|e| e.to_string())
        });
        match result {
            Ok(found) => findings.extend(found),
            Err(reason) => unreadable.push(reason),
        }
    }
    let rendered = match args.format {
        LintFormat::Human => {
            let color = io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            lint_out::human(&findings, files.len(), color)
        }
        LintFormat::Json => lint_out::json(&findings),
        LintFormat::Github => lint_out::github(&findings),
        LintFormat::Sarif => lint_out::sarif(&findings, RULES),
    };
    io::stdout().lock().write_all(rendered.as_bytes())?;
    for reason in &unreadable {
        eprintln!("goalcheck: error: {reason}");
    }
    if !unreadable.is_empty() {
        return Ok(ExitCode::from(2));
    }
    let failed = findings.iter().any(|f| f.severity == Severity::Error);
    Ok(if failed && !args.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn run_rules(code: Option<&str>) -> Result<ExitCode> {
    let mut out = io::stdout().lock();
    match code {
        None => {
            for rule in RULES {
                writeln!(
                    out,
                    "{}  {:<22} {:<8} principle {}",
                    rule.code,
                    rule.name,
                    rule.severity.name(),
                    rule.principle
                )?;
            }
        }
        Some(wanted) => {
            let Some(rule) = rules::rule(wanted) else {
                anyhow::bail!("unknown rule `{wanted}` (see `goalcheck rules`)");
            };
            writeln!(out, "{} {}", rule.code, rule.name)?;
            writeln!(out, "severity: {}", rule.severity.name())?;
            writeln!(out, "principle: {} (see DOMAIN.md)", rule.principle)?;
            writeln!(out, "advice: {}\n", rule.advice(Lang::En))?;
            for line in rule.doc.lines().skip(2) {
                writeln!(out, "{}", line.strip_prefix(' ').unwrap_or(line))?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
