//! Tests of the operators.
use super::*;
