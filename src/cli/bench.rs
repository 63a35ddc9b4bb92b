//! `syncscript bench`: compile and warm-run timings of one script, measured like
//! `shared/bench/harness.groovy`: repeated compiles of the same text; then warm runs of one
//! compiled program, in batches whose fresh bindings are built before the batch's timer
//! starts and whose outcomes (the final bindings) are released after it stops, as the
//! harness keeps its bindings past the timed loop. Each batch yields one sample, the mean
//! time per run in it.

use std::time::Instant;

use serde::Serialize;

use syncscript_dsl::diagnostic::render::human;

use super::args::{BenchArgs, ColorChoice};
use super::run::{bindings, compile_failed, engine, error_diagnostic, read_input, read_script};
use super::{CliError, EXIT_FAILURE, EXIT_OK, Io};

/// Largest number of runs per timed batch (the harness's `ANCHOR_BATCH_SIZE`).
const MAX_BATCH: u32 = 100;
/// Batches get smaller for small `--iterations`, so there are at least this many samples.
const MIN_SAMPLES: u32 = 20;

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

/// Times about `iterations` runs in batches of up to [`MAX_BATCH`] (smaller when that would
/// leave fewer than [`MIN_SAMPLES`] batches): `fresh` builds one run's input (outside the
/// timer), `run` consumes it and returns what it produced, which is dropped after the
/// batch's timer stops. After a warm-up of one batch, each batch gives one sample: its
/// mean microseconds per run.
pub(super) fn time_runs<T, O, E>(
    iterations: u32,
    mut fresh: impl FnMut() -> T,
    mut run: impl FnMut(T) -> Result<O, E>,
) -> Result<Vec<f64>, E> {
    let batch = (iterations / MIN_SAMPLES).clamp(1, MAX_BATCH);
    let batches = iterations.div_ceil(batch);
    for _ in 0..batch {
        run(fresh())?;
    }
    let mut samples = Vec::with_capacity(batches as usize);
    let mut inputs = Vec::with_capacity(batch as usize);
    let mut outputs = Vec::with_capacity(batch as usize);
    for _ in 0..batches {
        inputs.extend((0..batch).map(|_| fresh()));
        let t0 = Instant::now();
        for input in inputs.drain(..) {
            outputs.push(run(input)?);
        }
        samples.push(t0.elapsed().as_secs_f64() * 1e6 / f64::from(batch));
        outputs.clear();
    }
    Ok(samples)
}

/// Runs `bench` and returns its exit code: 0 with the timings on stdout; 1 when the script
/// throws (the error goes to stderr, nothing is timed); 2 when it does not compile.
pub(super) fn bench(args: &BenchArgs, io: &mut Io<'_>) -> Result<i32, CliError> {
    let file = read_script(&args.script)?;
    let input = read_input(&args.input)?;
    let color = super::use_color(ColorChoice::Auto, io.stderr_is_terminal);
    let engine = engine();
    let program = match engine.compile(&file) {
        Ok(p) => p,
        Err(diagnostics) => return compile_failed(&file, &diagnostics, color, io),
    };
    let compile = time_compiles(args.iterations, || engine.compile(&file).map(drop));
    let compile = match compile {
        Ok(samples) => samples,
        Err(diagnostics) => return compile_failed(&file, &diagnostics, color, io),
    };
    let runs = time_runs(
        args.iterations,
        || bindings(&input),
        |env| {
            let out = engine.run(&program, env);
            match out.result {
                Err(e) => Err(e),
                Ok(_) => Ok(out),
            }
        },
    );
    let runs = match runs {
        Ok(samples) => samples,
        Err(e) => {
            human::render_diagnostic(&mut *io.stderr, &file, &error_diagnostic(&file, &e), color)?;
            return Ok(EXIT_FAILURE);
        }
    };
    let (Some(compile_us), Some(run_us)) = (Stats::of(&compile), Stats::of(&runs)) else {
        return Err(CliError::Usage("`--iterations` must be at least 1".into()));
    };
    let report = BenchReport {
        compile_us,
        run_us,
        runs_per_sec: 1e6 / run_us.median,
    };
    serde_json::to_writer(&mut *io.stdout, &report).map_err(std::io::Error::from)?;
    writeln!(io.stdout)?;
    Ok(EXIT_OK)
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
        assert!((Stats::of(&[4.0, 1.0, 9.0]).unwrap().median - 4.0).abs() < f64::EPSILON);
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
        // batches of 250 / 20 = 12: one warm-up batch, then 21 timed ones
        assert_eq!(samples.len(), 21);
        assert_eq!(ran.len(), 12 * 22);
        // every run consumed a distinct input
        ran.sort_unstable();
        ran.dedup();
        assert_eq!(ran.len(), 12 * 22);
        let big = time_runs(10_000, || (), |()| Ok::<(), ()>(())).unwrap();
        assert_eq!(big.len(), 100);
        let few = time_runs(3, || (), |()| Ok::<(), ()>(())).unwrap();
        assert_eq!(few.len(), 3);
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
