//! Fuzz target `lex`: the body lives in `syncscript::fuzzing::lex` so stable tests run it too.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| syncscript::fuzzing::lex(data));
