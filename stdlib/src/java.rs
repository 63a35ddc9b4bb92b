//! Pure Rust emulations of the JDK and Groovy helpers that sync scripts call: Java regular
//! expressions, `java.util.Formatter`, Groovy's String helpers, dates, JSON text and codecs.
//!
//! Nothing here knows about runtime values: the functions take and return plain Rust data
//! and report Java exceptions as [`JavaError`], which the binding layer turns into a thrown
//! Groovy exception.

pub mod codec;
pub mod date;
pub mod format;
pub mod json;
pub mod regex;
pub mod text;

use std::fmt;

/// A Java exception raised by an emulated JDK method: the fully qualified class and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JavaError {
    /// Fully qualified Java class, e.g. `java.lang.IllegalArgumentException`.
    pub class: &'static str,
    /// The exception message (`getMessage()`).
    pub message: String,
}

impl JavaError {
    /// Builds an error of `class` with `message`.
    #[cold]
    pub fn new(class: &'static str, message: impl Into<String>) -> Self {
        Self {
            class,
            message: message.into(),
        }
    }

    /// `java.lang.IllegalArgumentException`.
    #[cold]
    pub fn illegal_argument(message: impl Into<String>) -> Self {
        Self::new("java.lang.IllegalArgumentException", message)
    }

    /// `java.lang.IndexOutOfBoundsException` family member `class`.
    #[cold]
    pub fn index(class: &'static str, message: impl Into<String>) -> Self {
        Self::new(class, message)
    }
}

impl fmt::Display for JavaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class, self.message)
    }
}

impl std::error::Error for JavaError {}
