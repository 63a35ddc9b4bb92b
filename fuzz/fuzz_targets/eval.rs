//! Fuzz target `eval`: the body lives in `syncscript::fuzzing::eval` so stable tests run it too.
#![no_main]

use std::sync::LazyLock;

use syncscript::runtime::Engine;

static ENGINE: LazyLock<Engine> = LazyLock::new(syncscript::fuzzing::fuzz_engine);

libfuzzer_sys::fuzz_target!(|data: &[u8]| syncscript::fuzzing::eval(&ENGINE, data));
