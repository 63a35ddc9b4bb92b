//! Lint framework: `Rule` trait, registry, context, suppression comments.
