//! Reading JSON text: a small parser into a tree, and checked access to an
//! object's fields with messages that say what is wrong.
//!
//! Written by hand for size: serde's derived deserializers, driven through
//! `serde-wasm-bindgen`, cost about 10 KB gzip of wasm and read a large
//! stored ledger one JavaScript call per field. Everything this crate reads
//! (the stored ledger, the `record-url` document) is small and flat, and
//! every number in it is whole, so numbers are read as `i64` or refused.
//! Checked against `serde_json` on generated documents in tests.

use std::fmt::Write;

/// A JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A whole number in `i64`'s range.
    Int(i64),
    /// Any other number: a fraction, an exponent or out of range.
    Number,
    Str(String),
    Array(Vec<Value>),
    /// Members in document order; a repeated name: the last one counts.
    Object(Vec<(String, Value)>),
}

/// The deepest nesting read (the stack stays small on any input).
pub const MAX_DEPTH: usize = 64;

impl Value {
    /// What the value is, for messages: "a string", "a list", ...
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "true or false",
            Value::Int(_) | Value::Number => "a number",
            Value::Str(_) => "a string",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        }
    }
}

/// Parses JSON text; the error says what was expected and where.
pub fn parse(text: &str) -> Result<Value, String> {
    let mut p = Parser {
        text,
        b: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    let v = p.value()?;
    p.ws();
    if p.i < p.b.len() {
        return Err(p.expected("the end of the text"));
    }
    Ok(v)
}

struct Parser<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn expected(&self, what: &str) -> String {
        format!("not JSON: expected {what} at byte {}", self.i)
    }

    fn ws(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.ws();
        let hit = self.b.get(self.i) == Some(&c);
        if hit {
            self.i += 1;
        }
        hit
    }

    fn value(&mut self) -> Result<Value, String> {
        self.ws();
        let Some(&c) = self.b.get(self.i) else {
            return Err(self.expected("a value"));
        };
        match c {
            b'{' | b'[' => {
                if self.depth == MAX_DEPTH {
                    return Err(format!(
                        "not JSON: nested deeper than {MAX_DEPTH} at byte {}",
                        self.i
                    ));
                }
                self.depth += 1;
                self.i += 1;
                let v = if c == b'{' { self.object()? } else { self.array()? };
                self.depth -= 1;
                Ok(v)
            }
            b'"' => self.string().map(Value::Str),
            b'-' | b'0'..=b'9' => self.number(),
            _ => {
                for (word, v) in [
                    ("true", Value::Bool(true)),
                    ("false", Value::Bool(false)),
                    ("null", Value::Null),
                ] {
                    if self.b[self.i..].starts_with(word.as_bytes()) {
                        self.i += word.len();
                        return Ok(v);
                    }
                }
                Err(self.expected("a value"))
            }
        }
    }

    fn object(&mut self) -> Result<Value, String> {
        let mut members = Vec::new();
        if self.eat(b'}') {
            return Ok(Value::Object(members));
        }
        loop {
            self.ws();
            if self.b.get(self.i) != Some(&b'"') {
                return Err(self.expected("a member name in quotes"));
            }
            let name = self.string()?;
            if !self.eat(b':') {
                return Err(self.expected("':'"));
            }
            let v = self.value()?;
            members.push((name, v));
            if self.eat(b'}') {
                return Ok(Value::Object(members));
            }
            if !self.eat(b',') {
                return Err(self.expected("',' or '}'"));
            }
        }
    }

    fn array(&mut self) -> Result<Value, String> {
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value()?);
            if self.eat(b']') {
                return Ok(Value::Array(items));
            }
            if !self.eat(b',') {
                return Err(self.expected("',' or ']'"));
            }
        }
    }

    /// At the opening quote.
    fn string(&mut self) -> Result<String, String> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let start = self.i;
            while let Some(&c) = self.b.get(self.i) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            // Stops only at ASCII bytes, so these are character boundaries.
            out.push_str(&self.text[start..self.i]);
            match self.b.get(self.i) {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let e = self.b.get(self.i + 1).copied();
                    self.i += 2;
                    let c = match e {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => {
                            self.i -= 1;
                            return Err(self.expected("an escape like \\n or \\u00e9"));
                        }
                    };
                    out.push(c);
                }
                Some(_) => return Err(self.expected("no control characters in a string")),
                None => return Err(self.expected("'\"' to end the string")),
            }
        }
    }

    /// After `\u`: four hex digits, a surrogate pair read whole. A lone
    /// surrogate (valid JSON, but not a character) becomes U+FFFD.
    fn unicode_escape(&mut self) -> Result<char, String> {
        let hi = self.hex4()?;
        if (0xD800..0xDC00).contains(&hi) && self.b[self.i..].starts_with(b"\\u") {
            let save = self.i;
            self.i += 2;
            let lo = self.hex4()?;
            if (0xDC00..0xE000).contains(&lo) {
                let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                return Ok(char::from_u32(c).unwrap_or('\u{FFFD}'));
            }
            self.i = save;
        }
        Ok(char::from_u32(hi).unwrap_or('\u{FFFD}'))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let mut n = 0;
        for _ in 0..4 {
            let d = self.b.get(self.i).and_then(|&c| (c as char).to_digit(16));
            let Some(d) = d else {
                return Err(self.expected("four hex digits after \\u"));
            };
            n = n * 16 + d;
            self.i += 1;
        }
        Ok(n)
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.b.get(self.i), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Value, String> {
        let negative = self.b[self.i] == b'-';
        if negative {
            self.i += 1;
        }
        let start = self.i;
        let n = self.digits();
        if n == 0 || (n > 1 && self.b[start] == b'0') {
            self.i = start;
            return Err(self.expected("digits (without leading zeros)"));
        }
        let mut whole = true;
        if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.expected("digits after '.'"));
            }
            whole = false;
        }
        if matches!(self.b.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.b.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.expected("digits in the exponent"));
            }
            whole = false;
        }
        if !whole {
            return Ok(Value::Number);
        }
        // Accumulated on the negative side, which holds i64::MIN.
        let mut v: i64 = 0;
        for &d in &self.b[start..start + n] {
            match v.checked_mul(10).and_then(|v| v.checked_sub(i64::from(d - b'0'))) {
                Some(next) => v = next,
                None => return Ok(Value::Number),
            }
        }
        Ok(match (negative, v.checked_neg()) {
            (true, _) => Value::Int(v),
            (false, Some(v)) => Value::Int(v),
            (false, None) => Value::Number,
        })
    }
}

/// An object's members, read by name with their types checked. Missing and
/// `null` members are the same: absent.
#[derive(Clone, Copy)]
pub struct Fields<'a>(&'a [(String, Value)]);

impl<'a> Fields<'a> {
    /// The members of `v`, or "expected an object, not ...".
    pub fn of(v: &'a Value) -> Result<Fields<'a>, String> {
        match v {
            Value::Object(m) => Ok(Fields(m)),
            other => Err(format!("expected an object, not {}", other.kind())),
        }
    }

    /// The member `name`, unless missing or null.
    pub fn get(&self, name: &str) -> Option<&'a Value> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
            .filter(|v| !matches!(v, Value::Null))
    }

    pub fn str(&self, name: &str) -> Result<Option<&'a str>, String> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s)),
            Some(other) => Err(wrong(name, "a string", other)),
        }
    }

    pub fn bool(&self, name: &str) -> Result<Option<bool>, String> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(other) => Err(wrong(name, "true or false", other)),
        }
    }

    /// A whole number from `min` to `max`.
    pub fn int(&self, name: &str, min: i64, max: i64) -> Result<Option<i64>, String> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => int(v, min, max).map(Some).map_err(|e| format!("`{name}` {e}")),
        }
    }

    pub fn list(&self, name: &str) -> Result<Option<&'a [Value]>, String> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Array(items)) => Ok(Some(items)),
            Some(other) => Err(wrong(name, "a list", other)),
        }
    }
}

/// `v` as a whole number from `min` to `max`; the error says what it is.
pub fn int(v: &Value, min: i64, max: i64) -> Result<i64, String> {
    let mut msg = String::new();
    match v {
        Value::Int(n) if (min..=max).contains(n) => return Ok(*n),
        Value::Int(n) => {
            let _ = write!(msg, "must be from {min} to {max}, not {n}");
        }
        other => {
            let _ = write!(msg, "must be a whole number, not {}", other.kind());
        }
    }
    Err(msg)
}

/// A required member: "missing `name`".
pub fn required<T>(v: Option<T>, name: &str) -> Result<T, String> {
    v.ok_or_else(|| format!("missing `{name}`"))
}

fn wrong(name: &str, expected: &str, got: &Value) -> String {
    format!("`{name}` must be {expected}, not {}", got.kind())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
