//! Standard-library modules implemented in Rust.
pub mod json;
pub mod math;
pub mod random;
