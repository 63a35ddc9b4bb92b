//! Fuzz target `parse`: the body lives in `syncscript::fuzzing::parse` so stable tests run it too.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| syncscript::fuzzing::parse(data));
