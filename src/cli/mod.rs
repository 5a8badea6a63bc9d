//! The native command `service-promises`: the team's record from its help
//! desk's tickets with the element's own calendar (`record`, `report`),
//! and the element's checks and JSON-LD for a site's build (`check`,
//! `jsonld`). Native only: nothing here, and none of its dependencies
//! (clap, csv, serde_json, jiff, html5ever, indicatif), is in the wasm.
//!
//! Exit codes as ripgrep's: 0 done, 1 problems found (bad records, a
//! page's configuration errors), 2 could not run.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::calendar::Instant;
use crate::config::ConfigError;

pub mod check;
pub mod decide;
pub mod input;
pub mod page;
pub mod record;
pub mod report;
pub mod setup;
pub mod zone;

use input::Format;
use record::{ChannelMap, Options, Run};
use setup::Setup;

#[derive(Parser)]
#[command(
    name = "service-promises",
    version,
    about = "The <service-promises> element's promises, natively: the team's public record from its help desk's tickets, computed with the element's own calendar; and the element's checks and JSON-LD for a site's build.",
    after_help = "Exit status: 0 done, 1 problems found (bad records, configuration errors), 2 could not run."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compute the record-url document from help-desk exports (or a status
    /// page's incidents).
    ///
    /// Each ticket is a promise of its channel's reply-within, due as the
    /// element computes it from created_at. It is decided at its first reply
    /// if that came by the due time (kept), or at the due time if no reply had
    /// come by then (broken). With --from statuspage, each update posted while
    /// an incident was open promises the next within the page's update-within
    /// (kind update): kept when the next update, or the resolution, came by
    /// then. The record counts the promises decided in the window ending
    /// --now; pending ones are not counted.
    Record(RecordArgs),
    /// The same computation for the team, as one self-contained HTML file.
    Report(ReportArgs),
    /// Check every <service-promises> of the pages as the element does
    /// (file:line: attribute: message); exit 1 on any problem.
    Check {
        /// The HTML pages.
        #[arg(required = true)]
        pages: Vec<PathBuf>,
    },
    /// Print the schema.org JSON-LD the element would emit, for a static <head>.
    Jsonld {
        #[command(flatten)]
        config: ConfigArgs,
        /// The instant the coming year's special hours start from (RFC 3339);
        /// default: the element's now attribute, else the current time.
        #[arg(long)]
        now: Option<String>,
    },
}

/// Where the element's configuration comes from.
#[derive(Args, Clone, Default)]
pub struct ConfigArgs {
    /// The help page: the attributes of its <service-promises> element.
    #[arg(long, value_name = "HTML")]
    pub page: Option<PathBuf>,
    /// Which element of the page, as '#id' (needed when it has several).
    #[arg(long, value_name = "#ID")]
    pub element: Option<String>,
    /// An attribute, as NAME=VALUE (repeatable; after the page's, replacing them).
    #[arg(long = "attr", value_name = "NAME=VALUE")]
    pub attrs: Vec<String>,
}

#[derive(Args, Clone)]
pub struct RecordArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    /// The export's format.
    #[arg(long, value_enum, default_value = "csv")]
    pub from: Format,
    /// The export's files (JSON pages, or CSV files), read in order.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The window the record counts, in whole days, ending --now.
    #[arg(long, default_value = "30d")]
    pub window: String,
    /// The end of the window and the record's generated_at (RFC 3339);
    /// default: the current time.
    #[arg(long)]
    pub now: Option<String>,
    /// The help desk's channel names to reply-within's, like web=email,voice=phone.
    #[arg(long, value_name = "DESK=CHANNEL,...")]
    pub channel_map: Option<String>,
    /// The help desk account's zone, for exports that write local times
    /// (Freshdesk's CSV export): an IANA name or a Rails name like
    /// "Eastern Time (US & Canada)"; default: the page's timezone.
    #[arg(long, value_name = "ZONE")]
    pub desk_timezone: Option<String>,
    /// Write the document here instead of to stdout.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Report the tickets where the help desk's own business minutes to the
    /// first reply and the element's disagree (Zendesk), and why where it can tell.
    #[arg(long)]
    pub compare: bool,
}

#[derive(Args, Clone)]
pub struct ReportArgs {
    #[command(flatten)]
    pub record: RecordArgs,
    /// The HTML file to write.
    #[arg(long, value_name = "FILE", required = true)]
    pub html: PathBuf,
}

/// The most lines the element reads from a record (`RecordDoc::check`).
pub const MAX_RECORD_LINES: usize = 10;

/// Exit codes.
pub const DONE: u8 = 0;
pub const PROBLEMS: u8 = 1;
pub const COULD_NOT_RUN: u8 = 2;

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { COULD_NOT_RUN } else { DONE });
        }
    };
    let code = match cli.command {
        Command::Record(args) => run_record(&args, None),
        Command::Report(args) => run_record(&args.record, Some(&args.html)),
        Command::Check { pages } => check::run(&pages),
        Command::Jsonld { config, now } => run_jsonld(&config, now.as_deref()),
    };
    ExitCode::from(code)
}

/// Prints `message` as the command's error and gives the exit code.
fn fail(message: &str) -> u8 {
    eprintln!("service-promises: {message}");
    COULD_NOT_RUN
}

/// Writes `text` to stdout. A reader that went away (`| head`) ends the
/// output quietly, as ripgrep does (`println!` would panic); any other
/// failure is the command's error.
pub fn write_stdout(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("stdout: {e}")),
        _ => Ok(()),
    }
}

/// The current time.
pub fn now() -> Instant {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64);
    Instant(ms)
}

fn parse_now(text: Option<&str>) -> Result<Instant, String> {
    match text {
        None => Ok(now()),
        Some(t) => input::instant("--now", t).map_err(|(_, m)| format!("--now: {m}")),
    }
}

/// The attributes from `--page` (and `--element`) and `--attr`, and the
/// page's name for messages.
pub fn load_attributes(args: &ConfigArgs) -> Result<(Vec<(String, String)>, String), String> {
    let mut attrs: Vec<(String, String)> = Vec::new();
    let mut source = "--attr".to_string();
    if let Some(path) = &args.page {
        let html = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let els = page::elements(&html);
        let el = match &args.element {
            Some(sel) => {
                let id = sel.strip_prefix('#').ok_or_else(|| {
                    format!("--element: \"{sel}\": expected an id selector like '#support'")
                })?;
                els.iter().find(|e| e.get("id") == Some(id)).ok_or_else(|| {
                    format!(
                        "{}: no <service-promises id=\"{id}\">; the page has {}",
                        path.display(),
                        describe(&els)
                    )
                })?
            }
            None => match els.as_slice() {
                [one] => one,
                [] => return Err(format!("{}: no <service-promises> element", path.display())),
                many => {
                    return Err(format!(
                        "{}: {} <service-promises> elements ({}); pick one with --element '#id'",
                        path.display(),
                        many.len(),
                        describe(many)
                    ))
                }
            },
        };
        source = format!("{}:{}", path.display(), el.line);
        attrs.extend(el.attrs.iter().map(|a| (a.name.clone(), a.value.clone())));
    }
    for a in &args.attrs {
        let (name, value) = a
            .split_once('=')
            .ok_or_else(|| format!("--attr: \"{a}\": expected NAME=VALUE, like timezone=Europe/Berlin"))?;
        let name = name.trim().to_ascii_lowercase();
        attrs.retain(|(n, _)| *n != name);
        attrs.push((name, value.to_string()));
    }
    Ok((attrs, source))
}

fn describe(els: &[page::Element]) -> String {
    if els.is_empty() {
        return "none".into();
    }
    els.iter()
        .map(page::Element::label)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Prints configuration errors as `source: attribute: message`.
fn print_errors(source: &str, errors: &[ConfigError]) {
    for e in errors {
        eprintln!("{source}: {}: {}", e.attribute, e.message);
    }
}

fn run_record(args: &RecordArgs, html: Option<&Path>) -> u8 {
    let (attrs, source) = match load_attributes(&args.config) {
        Ok(a) => a,
        Err(e) => return fail(&e),
    };
    let setup = Setup::new(&attrs);
    let blocking = setup.record_errors(args.from);
    if !blocking.is_empty() {
        print_errors(&source, &blocking);
        return fail("the record cannot be computed with these attribute errors");
    }
    let others: Vec<ConfigError> = setup
        .errors
        .iter()
        .filter(|e| !blocking.contains(e))
        .cloned()
        .collect();
    if !others.is_empty() {
        print_errors(&source, &others);
        eprintln!("service-promises: (these attributes do not change the record)");
    }
    let opts = match (|| -> Result<Options, String> {
        Ok(Options {
            window: record::parse_window(&args.window)?,
            now: parse_now(args.now.as_deref())?,
            channels: ChannelMap::parse(args.channel_map.as_deref().unwrap_or(""))?,
            keep_details: html.is_some() || args.compare,
            desk_zone: match &args.desk_timezone {
                Some(z) => Some(zone::TzZone::desk(z).map_err(|e| format!("--desk-timezone: {e}"))?),
                None => None,
            },
        })
    })() {
        Ok(o) => o,
        Err(e) => return fail(&e),
    };
    let files: Vec<&Path> = args.files.iter().map(PathBuf::as_path).collect();
    let bar = progress_bar();
    let run = Run::compute_with(
        &setup,
        args.from,
        &files,
        &opts,
        &mut |n| {
            if n % 8192 == 0 {
                bar.set_position(n);
            }
        },
        &mut |b| bar.suspend(|| eprintln!("{b}")),
    );
    bar.finish_and_clear();
    let run = match run {
        Ok(r) => r,
        Err(e) => return fail(&e.to_string()),
    };
    let doc = run.document(&setup, &opts);
    if doc.promises.len() > MAX_RECORD_LINES {
        eprintln!(
            "service-promises: the document has {} lines; the element reads at most {MAX_RECORD_LINES} and refuses more (fewer channels in reply-within, or --channel-map onto fewer)",
            doc.promises.len()
        );
    }
    summarize(&run, args.compare);
    let json = serde_json::to_string_pretty(&doc).expect("a document serializes") + "\n";
    let written = match (&args.out, html) {
        (Some(out), _) => std::fs::write(out, &json).map_err(|e| format!("{}: {e}", out.display())),
        (None, None) => write_stdout(&json),
        (None, Some(_)) => Ok(()),
    };
    if let Err(e) = written {
        return fail(&e);
    }
    if let Some(path) = html {
        let text = report::html(&setup, &opts, &run, &doc);
        if let Err(e) = std::fs::write(path, text) {
            return fail(&format!("{}: {e}", path.display()));
        }
        eprintln!("service-promises: wrote {}", path.display());
    }
    // A document the element refuses is a problem found, as a bad record is.
    if run.bad_count > 0 || doc.promises.len() > MAX_RECORD_LINES {
        PROBLEMS
    } else {
        DONE
    }
}

/// A bar with counts and rate on stderr; indicatif draws nothing when
/// stderr is not a terminal.
fn progress_bar() -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{spinner} {human_pos} tickets read ({rate}) {elapsed}")
    {
        // A whole number: `per_sec` writes four decimals (300,565.9683/s).
        bar.set_style(style.with_key(
            "rate",
            |s: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{}/s", indicatif::HumanCount(s.per_sec() as u64));
            },
        ));
    }
    bar
}

/// What was read and left out, on stderr.
fn summarize(run: &Run, compare: bool) {
    // (Each bad record was printed as it was read.)
    let mut err = std::io::stderr().lock();
    let decided: u64 = run.tally.lines.iter().map(|(_, c)| c.total).sum();
    let _ = writeln!(
        err,
        "service-promises: {} records read: {decided} promises decided in the window, {} pending, {} decided before it; {} bad records",
        run.read, run.tally.pending, run.tally.before, run.bad_count
    );
    if !run.no_promise.is_empty() {
        let names: Vec<String> = run.no_promise.iter().map(|(n, c)| format!("{n} ({c})")).collect();
        let _ = writeln!(
            err,
            "service-promises: left out, no promise for their channel (reply-within, or --channel-map): {}",
            names.join(", ")
        );
    }
    if !run.not_promises.is_empty() {
        let names: Vec<String> = run
            .not_promises
            .iter()
            .map(|(n, c)| format!("{n} ({c})"))
            .collect();
        let _ = writeln!(
            err,
            "service-promises: left out, not promises: {}",
            names.join(", ")
        );
    }
    if run.no_due > 0 {
        let _ = writeln!(
            err,
            "service-promises: left out, no due time (the hours have too little open time): {}",
            run.no_due
        );
    }
    if compare {
        for d in &run.disagreements {
            let _ = writeln!(
                err,
                "ticket {}: the help desk counts {} business minutes to the first reply, the element {}: {}",
                d.id, d.desk, d.ours, d.why
            );
        }
        let _ = writeln!(
            err,
            "service-promises: compared {} tickets' business minutes with the help desk's: {} disagree",
            run.compared, run.disagreement_count
        );
    }
}

fn run_jsonld(args: &ConfigArgs, now: Option<&str>) -> u8 {
    let (attrs, source) = match load_attributes(args) {
        Ok(a) => a,
        Err(e) => return fail(&e),
    };
    let setup = Setup::new(&attrs);
    print_errors(&source, &setup.errors);
    let now = match now {
        Some(t) => match parse_now(Some(t)) {
            Ok(n) => n,
            Err(e) => return fail(&e),
        },
        None => setup.config.now.unwrap_or_else(self::now),
    };
    let utc = crate::calendar::FixedOffset(0);
    let zone: &dyn crate::calendar::Zone = match &setup.zone {
        Some(z) => z,
        None => &utc,
    };
    match crate::jsonld::build(&setup.config, now, zone) {
        Some(doc) => {
            let text = serde_json::to_string_pretty(&doc).expect("JSON-LD serializes") + "\n";
            if let Err(e) = write_stdout(&text) {
                return fail(&e);
            }
            if setup.errors.is_empty() {
                DONE
            } else {
                PROBLEMS
            }
        }
        None => fail("nothing to publish (no hours or refund terms, or jsonld=\"off\")"),
    }
}
