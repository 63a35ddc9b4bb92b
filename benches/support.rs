//! Shared helpers of the benches: the reference workload of `../shared/bench` (read at
//! run time) and data scaled up to check that cost grows linearly.

#![allow(dead_code, unreachable_pub)]

use std::fmt::Write as _;
use std::path::PathBuf;

/// `../shared/bench`.
#[must_use]
pub fn bench_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/bench"))
}

/// The text of a file of `../shared/bench`.
#[must_use]
pub fn read(name: &str) -> String {
    std::fs::read_to_string(bench_dir().join(name)).expect("shared/bench file")
}

/// `data.json` as JSON, with the replica's comments and labels and the comments
/// repeated `factor` times (ids made unique), so the data size grows and the script's
/// work with it.
#[must_use]
pub fn scaled_data(factor: usize) -> serde_json::Value {
    let mut data: serde_json::Value =
        serde_json::from_str(&read("data.json")).expect("data.json is JSON");
    if factor <= 1 {
        return data;
    }
    let grow = |list: &mut serde_json::Value, id_keys: &[&str]| {
        let Some(items) = list.as_array().cloned() else {
            return;
        };
        let mut out = Vec::with_capacity(items.len() * factor);
        for round in 0..factor {
            for item in &items {
                let mut item = item.clone();
                if round > 0 {
                    match &mut item {
                        serde_json::Value::String(s) => {
                            let _ = write!(s, " {round}");
                        }
                        serde_json::Value::Object(m) => {
                            for k in id_keys {
                                if let Some(serde_json::Value::String(s)) = m.get_mut(*k) {
                                    let _ = write!(s, "-{round}");
                                }
                            }
                        }
                        _ => {}
                    }
                }
                out.push(item);
            }
        }
        *list = serde_json::Value::Array(out);
    };
    grow(&mut data["replica"]["comments"], &["id"]);
    grow(&mut data["replica"]["labels"], &[]);
    grow(&mut data["issue"]["comments"], &["remoteId"]);
    data
}
