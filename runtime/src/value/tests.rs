//! Tests of the value model.
use super::*;
