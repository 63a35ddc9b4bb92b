//! The Exalate sync model: bindings and helper objects.

pub mod api;
