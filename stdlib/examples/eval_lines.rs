//! Developer tool: evaluates each line of a file as a script and prints one JSON string
//! per line (the result's string form, or `ERR class: message`), for comparison with the
//! oracle. Usage: `cargo run -p syncscript-stdlib --example eval_lines -- FILE`.

// A command-line developer tool: printing is its output.
#![allow(clippy::print_stdout)]

use syncscript_runtime::Env;
use syncscript_runtime::value::to_display;

fn main() {
    let path = std::env::args().nth(1).expect("file");
    let engine = syncscript_stdlib::standard_engine();
    for line in std::fs::read_to_string(path).expect("read").lines() {
        if line.trim().is_empty() {
            continue;
        }
        let text = match engine.eval(line, Env::default()) {
            Err(d) => format!(
                "COMPILE {:?}",
                d.iter().map(|d| d.message.clone()).collect::<Vec<_>>()
            ),
            Ok(o) => match o.result {
                Ok(v) => to_display(&v),
                Err(e) => format!("ERR {}: {}", e.type_name(), e.message().unwrap_or_default()),
            },
        };
        println!("{}", serde_json::Value::String(text));
    }
}
