//! The run's log: records that natives emit (the stdlib's SLF4J loggers) through
//! [`Ctx::log`](crate::bind::Ctx::log) while a script runs, kept apart from the printed
//! output and handed to the embedder on the [`RunOutcome`](crate::RunOutcome). Each run
//! (its interpreter) owns its log, so a run nested in another keeps its records to itself.

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

/// One run's log and the bytes its records hold.
#[derive(Default)]
pub(crate) struct Sink {
    pub(crate) records: Vec<LogRecord>,
    bytes: usize,
}

impl Sink {
    /// Appends a record. The message and throwable bytes of a run count against
    /// `limits.max_output_len` (the same budget as printed output, counted apart): past
    /// it the record is dropped and the run fails with that limit.
    pub(crate) fn push(&mut self, limits: &Limits, record: LogRecord) -> Result<(), RuntimeError> {
        let size = record.message.len() + record.throwable.as_ref().map_or(0, String::len);
        let bytes = self.bytes.saturating_add(size);
        if let Some(max) = limits.max_output_len
            && bytes > max
        {
            return Err(RuntimeError::limit("max_output_len", max as u64));
        }
        self.bytes = bytes;
        self.records.push(record);
        Ok(())
    }
}
