//! Developer tool: prints the builtin method and function names, one per line.

// A command-line developer tool: printing is its output.
#![allow(clippy::print_stdout)]

fn main() {
    let names = syncscript_stdlib::names();
    for m in names.methods {
        println!("{m}");
    }
}
