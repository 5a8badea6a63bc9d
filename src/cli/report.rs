//! `report`: the record's computation for the team, as one self-contained
//! HTML file (no script, no external request): each line's kept share,
//! the kept share per channel per week as a plain SVG chart, the breaches
//! with how late each was, the tickets left out and why, and the help
//! desk's own business minutes where they disagree with the element's.

use std::fmt::Write;

use super::record::{Document, Options, Run};
use super::setup::Setup;
use crate::calendar::civil::{iso_date, DAY_MS};
use crate::calendar::Instant;

/// The most breaches listed (the rest are counted).
pub const MAX_BREACHES: usize = 1_000;

const COLOURS: [&str; 8] = [
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
];

/// Text for HTML (element content and quoted attribute values).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `2 d 3 h 05 min`, from milliseconds.
pub fn span(ms: i64) -> String {
    let min = ms.max(0) / 60_000;
    let (d, h, m) = (min / 1440, min / 60 % 24, min % 60);
    match (d, h) {
        (0, 0) => format!("{m} min"),
        (0, _) => format!("{h} h {m:02} min"),
        _ => format!("{d} d {h} h {m:02} min"),
    }
}

fn label(kind: crate::status::Kind, channel: Option<&str>) -> String {
    match (kind, channel) {
        (crate::status::Kind::Reply, Some(c)) => format!("{c} replies"),
        (crate::status::Kind::Refund, _) => "refunds".into(),
        (crate::status::Kind::Update, _) => "outage updates".into(),
        (k, _) => format!("{k:?}").to_lowercase(),
    }
}

/// The chart: the kept share of each line per week (weeks from Monday,
/// UTC), one polyline each, 0-100%.
fn chart(run: &Run) -> String {
    let weeks: std::collections::BTreeSet<i64> = run.tally.weeks.keys().map(|(_, w)| *w).collect();
    let weeks: Vec<i64> = weeks.into_iter().collect();
    if weeks.is_empty() {
        return "<p>No promise was decided in the window.</p>".into();
    }
    let (w, h, left, top, bottom) = (720.0, 260.0, 48.0, 12.0, 40.0);
    let plot_w = w - left - 16.0;
    let plot_h = h - top - bottom;
    let x = |i: usize| {
        if weeks.len() == 1 {
            left + plot_w / 2.0
        } else {
            left + plot_w * i as f64 / (weeks.len() - 1) as f64
        }
    };
    let y = |share: f64| top + plot_h * (1.0 - share);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-label="Kept share per channel per week">"#
    );
    for pct in [0, 25, 50, 75, 100] {
        let yy = y(f64::from(pct) / 100.0);
        let _ = write!(
            s,
            r##"<line x1="{left}" x2="{}" y1="{yy:.1}" y2="{yy:.1}" stroke="#ddd"/><text x="{}" y="{:.1}" font-size="11" text-anchor="end">{pct}%</text>"##,
            w - 16.0,
            left - 6.0,
            yy + 4.0
        );
    }
    for (i, week) in weeks.iter().enumerate() {
        let _ = write!(
            s,
            r#"<text x="{:.1}" y="{}" font-size="11" text-anchor="middle">{}</text>"#,
            x(i),
            h - bottom + 16.0,
            &iso_date(*week)[5..]
        );
    }
    for (li, ((kind, channel), _)) in run.tally.lines.iter().enumerate() {
        let colour = COLOURS[li % COLOURS.len()];
        let mut points = Vec::new();
        for (i, week) in weeks.iter().enumerate() {
            if let Some(c) = run.tally.weeks.get(&(li, *week)).filter(|c| c.total > 0) {
                let share = c.kept as f64 / c.total as f64;
                points.push((x(i), y(share), c.kept, c.total, *week));
            }
        }
        let path: Vec<String> = points.iter().map(|p| format!("{:.1},{:.1}", p.0, p.1)).collect();
        let _ = write!(
            s,
            r#"<polyline fill="none" stroke="{colour}" stroke-width="2" points="{}"/>"#,
            path.join(" ")
        );
        let name = escape(&label(*kind, channel.as_deref()));
        for p in &points {
            let _ = write!(
                s,
                r#"<circle cx="{:.1}" cy="{:.1}" r="3" fill="{colour}"><title>{name}, week of {}: {} of {}</title></circle>"#,
                p.0,
                p.1,
                iso_date(p.4),
                p.2,
                p.3
            );
        }
        let _ = write!(
            s,
            r#"<rect x="{}" y="{}" width="10" height="10" fill="{colour}"/><text x="{}" y="{}" font-size="12">{name}</text>"#,
            left + 150.0 * li as f64,
            h - 14.0,
            left + 14.0 + 150.0 * li as f64,
            h - 5.0
        );
    }
    s.push_str("</svg>");
    s
}

/// The report page.
pub fn html(setup: &Setup, opts: &Options, run: &Run, doc: &Document) -> String {
    let zone = setup.zone.as_ref().map_or("?", |z| z.name());
    let mut s = String::new();
    let start = Instant(opts.now.0 - i64::from(opts.window.days) * DAY_MS);
    let _ = write!(
        s,
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Promise record, {days} days to {now}</title>
<style>
body {{ font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }}
table {{ border-collapse: collapse; margin: .5rem 0 1.5rem; }}
th, td {{ border-bottom: 1px solid #ddd; padding: .25rem .75rem; text-align: left; }}
td.n {{ text-align: right; font-variant-numeric: tabular-nums; }}
svg {{ max-width: 100%; height: auto; }}
code {{ font-size: 90%; }}
</style></head><body>
<h1>Promise record</h1>
<p>The {days} days from {start} to {now}, in the team's zone {zone}. Each ticket is a promise of its channel's <code>reply-within</code>, due as the element computes it from its creation; it is kept at its first reply if that came by the due time, and broken at the due time if no reply had come by then. Promises still pending ({pending}) are not counted.</p>
"#,
        days = doc.window_days,
        now = escape(&doc.generated_at),
        start = start,
        zone = escape(zone),
        pending = run.tally.pending,
    );
    s.push_str(
        "<h2>Kept on time</h2>\n<table><tr><th>promise</th><th>kept</th><th>total</th><th>share</th></tr>\n",
    );
    for l in &doc.promises {
        // Rounded down, as the element shows it.
        let share = (l.kept * 100)
            .checked_div(l.total)
            .map_or("-".to_string(), |p| format!("{p}%"));
        let _ = writeln!(
            s,
            r#"<tr><td>{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{share}</td></tr>"#,
            escape(&label(l.kind, l.channel.as_deref())),
            l.kept,
            l.total
        );
    }
    s.push_str("</table>\n<h2>Kept share per week</h2>\n");
    s.push_str(&chart(run));

    let mut breaches: Vec<_> = run.breaches.iter().collect();
    let late = |b: &super::record::Breach| b.reply.unwrap_or(opts.now).0 - b.due.0;
    breaches.sort_by_key(|b| std::cmp::Reverse(late(b)));
    let _ = write!(
        s,
        "\n<h2>Broken promises ({})</h2>\n<table><tr><th>ticket</th><th>channel</th><th>due</th><th>first reply</th><th>late by</th></tr>\n",
        breaches.len()
    );
    for b in breaches.iter().take(MAX_BREACHES) {
        let reply = b.reply.map_or("none yet".to_string(), |r| r.to_string());
        let by = match b.reply {
            Some(_) => span(late(b)),
            None => format!("{} so far", span(late(b))),
        };
        let _ = writeln!(
            s,
            r#"<tr><td>{}</td><td>{}</td><td>{}</td><td>{reply}</td><td class="n">{by}</td></tr>"#,
            escape(&b.id),
            escape(&b.channel),
            b.due
        );
    }
    s.push_str("</table>\n");
    if breaches.len() > MAX_BREACHES {
        let _ = writeln!(s, "<p>... and {} more.</p>", breaches.len() - MAX_BREACHES);
    }

    s.push_str("<h2>Left out, and why</h2>\n<table><tr><th>why</th><th>tickets</th></tr>\n");
    let mut rows: Vec<(String, u64)> = Vec::new();
    for (name, n) in &run.no_promise {
        rows.push((
            format!("no promise for channel {name} (reply-within, or --channel-map)"),
            *n,
        ));
    }
    for (why, n) in &run.not_promises {
        rows.push((format!("not a promise: {why}"), *n));
    }
    if run.no_due > 0 {
        rows.push((
            "no due time: the hours have too little open time".into(),
            run.no_due,
        ));
    }
    if run.bad_count > 0 {
        rows.push(("a bad record (below)".into(), run.bad_count));
    }
    if run.tally.before > 0 {
        rows.push(("decided before the window".into(), run.tally.before));
    }
    for (why, n) in rows {
        let _ = writeln!(s, r#"<tr><td>{}</td><td class="n">{n}</td></tr>"#, escape(&why));
    }
    s.push_str("</table>\n");
    if !run.bad.is_empty() {
        s.push_str("<h3>Bad records</h3>\n<ul>\n");
        for b in &run.bad {
            let _ = writeln!(s, "<li><code>{}</code></li>", escape(&b.to_string()));
        }
        s.push_str("</ul>\n");
        if run.bad_count > run.bad.len() as u64 {
            let _ = writeln!(s, "<p>... and {} more.</p>", run.bad_count - run.bad.len() as u64);
        }
    }
    if run.compared > 0 {
        let _ = write!(
            s,
            "<h2>The help desk's own business minutes</h2>\n<p>Compared on {} tickets with a first reply: {} disagree by more than a minute.</p>\n",
            run.compared, run.disagreement_count
        );
        if !run.disagreements.is_empty() {
            s.push_str("<table><tr><th>ticket</th><th>help desk</th><th>element</th><th>why</th></tr>\n");
            for d in run.disagreements.iter().take(MAX_BREACHES) {
                let _ = writeln!(
                    s,
                    r#"<tr><td>{}</td><td class="n">{} min</td><td class="n">{} min</td><td>{}</td></tr>"#,
                    escape(&d.id),
                    d.desk,
                    d.ours,
                    escape(&d.why)
                );
            }
            s.push_str("</table>\n");
        }
    }
    s.push_str("</body></html>\n");
    s
}

#[cfg(test)]
mod tests;
