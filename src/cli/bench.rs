//! `syncscript bench`: compile and warm-run timings of one script, measured like
//! `shared/bench/harness.groovy`: repeated compiles of the same text; then warm runs of one
//! compiled program, in batches whose fresh bindings are built before the batch's timer
//! starts. Each batch yields one sample, the mean time per run in it.

// the timing helpers wait for the interpreter on main; tested below meanwhile
#![allow(dead_code)]

use std::time::Instant;

use serde::Serialize;

use super::args::BenchArgs;
use super::run::{read_input, read_script};
use super::{CliError, EXIT_USAGE, Io};

/// Runs per timed batch (the harness's `ANCHOR_BATCH_SIZE`).
const BATCH: u32 = 100;

/// Summary of a series of samples, in microseconds (the harness's `stats`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub(super) struct Stats {
    pub(super) median: f64,
    pub(super) min: f64,
    pub(super) max: f64,
    pub(super) n: usize,
}

impl Stats {
    /// Median (mean of the two middle samples for an even count), min, max and count.
    /// `None` for no samples.
    pub(super) fn of(samples: &[f64]) -> Option<Self> {
        let mut s = samples.to_vec();
        s.sort_by(f64::total_cmp);
        let n = s.len();
        let median = match n {
            0 => return None,
            n if n % 2 == 1 => s[n / 2],
            n => f64::midpoint(s[n / 2 - 1], s[n / 2]),
        };
        Some(Self {
            median,
            min: s[0],
            max: s[n - 1],
            n,
        })
    }
}

/// The document `bench` prints.
#[derive(Debug, Serialize)]
pub(super) struct BenchReport {
    pub(super) compile_us: Stats,
    pub(super) run_us: Stats,
    pub(super) runs_per_sec: f64,
}

/// Times `iterations` calls of `compile` after a short warm-up; one sample per call.
pub(super) fn time_compiles<E>(
    iterations: u32,
    mut compile: impl FnMut() -> Result<(), E>,
) -> Result<Vec<f64>, E> {
    for _ in 0..iterations.min(20) {
        compile()?;
    }
    let mut samples = Vec::with_capacity(iterations as usize);
    for _ in 0..iterations {
        let t0 = Instant::now();
        compile()?;
        samples.push(t0.elapsed().as_secs_f64() * 1e6);
    }
    Ok(samples)
}

/// Times about `iterations` runs in batches of [`BATCH`]: `fresh` builds one run's input
/// (outside the timer), `run` consumes it. After a warm-up of one batch, each batch gives
/// one sample: its mean microseconds per run.
pub(super) fn time_runs<T, E>(
    iterations: u32,
    mut fresh: impl FnMut() -> T,
    mut run: impl FnMut(T) -> Result<(), E>,
) -> Result<Vec<f64>, E> {
    let batch = BATCH.min(iterations);
    let batches = iterations.div_ceil(batch);
    for _ in 0..batch {
        run(fresh())?;
    }
    let mut samples = Vec::with_capacity(batches as usize);
    let mut inputs = Vec::with_capacity(batch as usize);
    for _ in 0..batches {
        inputs.extend((0..batch).map(|_| fresh()));
        let t0 = Instant::now();
        for input in inputs.drain(..) {
            run(input)?;
        }
        samples.push(t0.elapsed().as_secs_f64() * 1e6 / f64::from(batch));
    }
    Ok(samples)
}

/// Runs `bench` and returns its exit code.
pub(super) fn bench(args: &BenchArgs, io: &mut Io<'_>) -> Result<i32, CliError> {
    let _file = read_script(&args.script)?;
    let _input = read_input(&args.input)?;
    writeln!(
        io.stderr,
        "error: the interpreter is not available in this build yet"
    )?;
    Ok(EXIT_USAGE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stats_match_the_harness_definition() {
        let s = Stats::of(&[5.0, 1.0, 3.0, 2.0]).unwrap();
        assert_eq!(
            s,
            Stats {
                median: 2.5,
                min: 1.0,
                max: 5.0,
                n: 4
            }
        );
        assert_eq!(Stats::of(&[4.0, 1.0, 9.0]).unwrap().median, 4.0);
        assert!(Stats::of(&[]).is_none());
    }

    #[test]
    fn runs_get_fresh_inputs_in_batches() {
        let mut made = 0u32;
        let mut ran = Vec::new();
        let samples = time_runs(
            250,
            || {
                made += 1;
                made
            },
            |x| {
                ran.push(x);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        // one warm-up batch of 100, then 3 timed batches of 100
        assert_eq!(samples.len(), 3);
        assert_eq!(ran.len(), 400);
        // every run consumed a distinct input
        ran.sort_unstable();
        ran.dedup();
        assert_eq!(ran.len(), 400);
        let few = time_runs(3, || (), |()| Ok::<(), ()>(())).unwrap();
        assert_eq!(few.len(), 1);
    }

    #[test]
    fn errors_stop_the_measurement() {
        let mut calls = 0;
        let r = time_compiles(10, || {
            calls += 1;
            if calls == 3 { Err("boom") } else { Ok(()) }
        });
        assert_eq!(r, Err("boom"));
    }
}
