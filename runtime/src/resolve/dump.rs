//! A readable, deterministic dump of a [`Program`]'s IR for snapshot tests: each
//! function with its slots, cells and captures, then its body (spans omitted).

use std::fmt::Write;

use crate::ir::{Func, Program};

/// Dumps the whole program: methods first, then the script body.
pub(crate) fn program(p: &Program) -> String {
    let mut out = String::new();
    for (i, g) in p.globals.iter().enumerate() {
        let _ = writeln!(out, "global #{i} = {g}");
    }
    for (i, m) in p.methods.iter().enumerate() {
        let _ = writeln!(out, "method #{i}:");
        func(&mut out, m);
    }
    let _ = writeln!(out, "script:");
    func(&mut out, &p.main);
    out
}

fn func(out: &mut String, f: &Func) {
    let params: Vec<&str> = f.params.iter().map(|p| &*p.name).collect();
    let cells: Vec<usize> = f
        .cells
        .iter()
        .enumerate()
        .filter(|(_, c)| **c)
        .map(|(i, _)| i)
        .collect();
    let _ = writeln!(
        out,
        "  {} {:?} params={params:?} slots={} cells={cells:?} captures={:?}",
        f.name, f.kind, f.nslots, f.captures
    );
    for s in &f.body {
        let _ = writeln!(out, "  {}", strip_spans(&format!("{:?}", s.kind)));
    }
}

/// Removes the `, span: a..b` fields so dumps do not change with formatting.
fn strip_spans(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(", span: ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 8..];
        let end = after
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(after.len());
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}
