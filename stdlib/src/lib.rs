//! The standard library of syncscript: GDK methods per receiver type and the Exalate sync
//! model (bindings and helpers), written only against `syncscript_runtime`'s binding API.

pub mod exalate;
