//! Finding the scripts to lint: explicit files as given, folders searched recursively for
//! `*.groovy`, in a deterministic (sorted) order.

use std::fs;
use std::path::{Path, PathBuf};

use super::CliError;

/// The extension searched for inside folders.
const EXTENSION: &str = "groovy";

/// Expands `paths` into the list of files to check. A file named explicitly is taken
/// whatever its extension; inside folders only `*.groovy` files are taken, hidden entries
/// (`.git`, …) are skipped, symbolic links to folders are not followed (no cycles), and
/// entries are visited in byte order of their names. A file reached twice is kept once.
pub(super) fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>, CliError> {
    let mut out = Vec::new();
    for path in paths {
        let meta = fs::metadata(path).map_err(|source| CliError::Read {
            path: display(path),
            source,
        })?;
        if meta.is_dir() {
            walk_dir(path, &mut out)?;
        } else {
            out.push(path.clone());
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| seen.insert(p.clone()));
    Ok(out)
}

fn walk_dir(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), CliError> {
    let read_err = |source| CliError::Read {
        path: display(dir),
        source,
    };
    let mut entries = fs::read_dir(dir)
        .map_err(read_err)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(read_err)?;
    entries.sort_by_key(fs::DirEntry::file_name);
    for entry in entries {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let ty = entry.file_type().map_err(|source| CliError::Read {
            path: display(&path),
            source,
        })?;
        if ty.is_dir() {
            walk_dir(&path, out)?;
        } else if path.extension().is_some_and(|e| e == EXTENSION)
            && (ty.is_file() || path.is_file())
        {
            out.push(path);
        }
    }
    Ok(())
}

/// A path as printed in every output: as given, with `/` separators.
pub(super) fn display(path: &Path) -> String {
    let s = path.to_string_lossy();
    if std::path::MAIN_SEPARATOR == '/' {
        s.into_owned()
    } else {
        s.replace(std::path::MAIN_SEPARATOR, "/")
    }
}
