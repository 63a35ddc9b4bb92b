//! The `syncscript` binary: parses nothing itself, hands the arguments to `cli::run`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(syncscript::cli::run(args));
}
