//! The standard library of syncscript: GDK methods per receiver type and the Exalate sync
//! model (bindings and helpers), written only against `syncscript_runtime`'s binding API.

// Java and Groovy class names (BigDecimal, GString, LinkedHashMap) are prose in our docs.
#![allow(clippy::doc_markdown)]

pub mod exalate;
pub mod java;
