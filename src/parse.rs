//! What every attribute parser shares: a byte cursor over the value and an
//! error that says where in the value the problem is and what was expected.

use std::fmt;

/// A problem at one place in an attribute value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueError {
    /// Byte offset into the value where the problem starts.
    pub at: usize,
    /// What is wrong there, for a web developer to act on.
    pub message: String,
}

impl ValueError {
    pub fn new(at: usize, message: impl Into<String>) -> Self {
        ValueError {
            at,
            message: message.into(),
        }
    }

    /// The message with a 1-based character position and the text found
    /// there, e.g. `at character 7 ("Mx-Fr"): expected a weekday`.
    pub fn describe(&self, value: &str) -> String {
        let at = floor_char_boundary(value, self.at.min(value.len()));
        let pos = value[..at].chars().count() + 1;
        let found: String = value[at..]
            .chars()
            .take_while(|c| !matches!(c, ';' | ','))
            .take(16)
            .map(|c| if c.is_control() { '\u{fffd}' } else { c })
            .collect();
        let found = found.trim_end();
        if found.is_empty() {
            if at >= value.len() {
                format!("at the end: {}", self.message)
            } else {
                format!("at character {pos}: {}", self.message)
            }
        } else {
            format!("at character {pos} (\"{found}\"): {}", self.message)
        }
    }
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at byte {}: {}", self.at, self.message)
    }
}

impl std::error::Error for ValueError {}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A cursor over an attribute value. Offsets are bytes into the whole value,
/// so errors from nested parsers point at the right place.
#[derive(Clone, Copy)]
pub struct Cursor<'a> {
    pub text: &'a str,
    pub pos: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(text: &'a str) -> Self {
        Cursor { text, pos: 0 }
    }

    pub fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    pub fn at_end(&self) -> bool {
        self.pos >= self.text.len()
    }

    pub fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    pub fn skip_ws(&mut self) {
        let rest = self.rest();
        self.pos += rest.len() - rest.trim_start().len();
    }

    /// Consumes `c` if it is next.
    pub fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    /// Consumes a run of ASCII digits (at most `max`) and returns its value.
    pub fn number(&mut self, max: usize) -> Option<(u32, usize)> {
        let digits = self.rest().bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > max {
            return None;
        }
        let v = self::digits(self.text.as_bytes(), self.pos, digits).ok()?;
        self.pos += digits;
        Some((v, digits))
    }

    /// The run of letters at the cursor, not consumed.
    pub fn peek_word(&self) -> &'a str {
        let rest = self.rest();
        let n = rest
            .char_indices()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(rest.len(), |(i, _)| i);
        &rest[..n]
    }

    pub fn error(&self, message: impl Into<String>) -> ValueError {
        ValueError::new(self.pos, message)
    }
}

/// The number written by the `len` ASCII digits of `bytes` at `at`, or the
/// index of the first byte there that is not a digit (or is missing). The
/// crate's one digit reader: attribute values, dates and instants. (At
/// most nine digits: callers read fields of known width.)
pub fn digits(bytes: &[u8], at: usize, len: usize) -> Result<u32, usize> {
    debug_assert!(len <= 9, "{len} digits overflow");
    (at..at + len).try_fold(0u32, |n, i| match bytes.get(i) {
        Some(c) if c.is_ascii_digit() => Ok(n * 10 + u32::from(c - b'0')),
        _ => Err(i),
    })
}

/// Splits `text` on `sep`, yielding each piece with its byte offset.
pub fn split_with_offsets(text: &str, sep: char) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split(sep).map(move |piece| {
        let at = offset;
        offset += piece.len() + sep.len_utf8();
        (at, piece)
    })
}

/// The optimal string alignment distance between `a` and `b`, by bytes
/// and ignoring ASCII case (the names and codes it compares are ASCII, and
/// `supporthours` is one edit-free step from `supportHours`): Levenshtein's
/// edits plus a swap of two neighbours as one (`DE-YB`/`DE-BY`,
/// `reply-whithin`/`reply-within`). For "did you mean".
pub fn distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let w = b.len() + 1;
    let mut t: Vec<usize> = (0..(a.len() + 1) * w)
        .map(|k| if k < w { k } else { 0 })
        .collect();
    for i in 1..=a.len() {
        t[i * w] = i;
        for j in 1..=b.len() {
            let mut d = (t[(i - 1) * w + j - 1] + usize::from(!a[i - 1].eq_ignore_ascii_case(&b[j - 1])))
                .min(t[(i - 1) * w + j] + 1)
                .min(t[i * w + j - 1] + 1);
            if i > 1
                && j > 1
                && a[i - 1].eq_ignore_ascii_case(&b[j - 2])
                && a[i - 2].eq_ignore_ascii_case(&b[j - 1])
            {
                d = d.min(t[(i - 2) * w + j - 2] + 1);
            }
            t[i * w + j] = d;
        }
    }
    t[a.len() * w + b.len()]
}

/// The candidates closest to `word` by edit distance ([`distance`]), when
/// they are within one edit, plus one per five letters (two for a word of
/// five to nine, three for longer): all of them when several are as close,
/// in the candidates' order. The crate's one "did you mean": attribute
/// names, text keys, region codes.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut best = (1 + word.len() / 5, Vec::new());
    for c in candidates {
        let d = distance(word, c);
        if d < best.0 {
            best = (d, Vec::new());
        }
        if d == best.0 {
            best.1.push(c);
        }
    }
    best.1
}

#[cfg(test)]
mod tests;
