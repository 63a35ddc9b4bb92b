//! The run's log: records that natives emit (the stdlib's SLF4J loggers) while a script
//! runs, kept apart from the printed output and handed to the embedder on the
//! [`RunOutcome`](crate::RunOutcome). The sink belongs to the running thread; every
//! [`Engine::run`](crate::Engine::run) starts an empty one and restores the one it found,
//! so a run nested in another keeps its records to itself.

use std::cell::RefCell;
use std::fmt;

use crate::error::RuntimeError;
use crate::limits::Limits;

/// Severity of a log record, lowest first (SLF4J's levels).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LogLevel {
    /// `trace`.
    Trace,
    /// `debug`.
    Debug,
    /// `info`.
    Info,
    /// `warn`.
    Warn,
    /// `error`.
    Error,
}

impl LogLevel {
    /// The level's name in upper case, as logging back ends print it (`INFO`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            LogLevel::Trace => "TRACE",
            LogLevel::Debug => "DEBUG",
            LogLevel::Info => "INFO",
            LogLevel::Warn => "WARN",
            LogLevel::Error => "ERROR",
        }
    }
}

impl fmt::Display for LogLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One logged message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogRecord {
    /// Its level.
    pub level: LogLevel,
    /// The logger's name (`com.exalate.script`).
    pub logger: String,
    /// The message with its placeholders filled in.
    pub message: String,
    /// The Throwable passed after the arguments, as its `toString()`
    /// (`java.lang.Exception: boom`).
    pub throwable: Option<String>,
}

impl fmt::Display for LogRecord {
    /// `LEVEL logger - message`, then ` | throwable` when there is one.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} - {}", self.level, self.logger, self.message)?;
        if let Some(t) = &self.throwable {
            write!(f, " | {t}")?;
        }
        Ok(())
    }
}

#[derive(Default)]
struct Sink {
    records: Vec<LogRecord>,
    bytes: usize,
}

thread_local! {
    static SINK: RefCell<Sink> = RefCell::new(Sink::default());
}

/// Appends a record to the current run's log. The message and throwable bytes of a run
/// count against `limits.max_output_len` (the same budget as printed output, counted
/// apart): past it the record is dropped and the run fails with that limit.
///
/// # Errors
/// `max_output_len` exceeded.
pub fn emit(limits: &Limits, record: LogRecord) -> Result<(), RuntimeError> {
    SINK.with(|s| {
        let mut s = s.borrow_mut();
        let size = record.message.len() + record.throwable.as_ref().map_or(0, String::len);
        let bytes = s.bytes.saturating_add(size);
        if let Some(max) = limits.max_output_len
            && bytes > max
        {
            return Err(RuntimeError::limit("max_output_len", max as u64));
        }
        s.bytes = bytes;
        s.records.push(record);
        Ok(())
    })
}

/// The log of the run that starts now: swaps in an empty sink and returns the one
/// that was current, for [`finish`] to put back.
pub(crate) fn start() -> LogState {
    LogState(SINK.with(|s| std::mem::take(&mut *s.borrow_mut())))
}

/// The sink of an enclosing run, held while a run's own is current.
pub(crate) struct LogState(Sink);

/// Ends the current run's log: returns its records and restores the enclosing sink.
pub(crate) fn finish(outer: LogState) -> Vec<LogRecord> {
    SINK.with(|s| std::mem::replace(&mut *s.borrow_mut(), outer.0).records)
}
