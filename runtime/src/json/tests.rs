//! Tests of the JSON conversions.
use super::*;
