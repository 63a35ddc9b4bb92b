//! The [`Tracker`] trait: how helpers reach the local issue tracker (lookups of users,
//! statuses, issue types, …, twin keys, REST calls), and [`MemoryTracker`], an in-memory
//! tracker filled from JSON catalogs.

use std::fmt;

use serde_json::Value as Json;

/// The catalogs a tracker answers lookups from (the `"tracker"` JSON object's keys).
pub const CATALOGS: &[&str] = &[
    "users",
    "statuses",
    "issueTypes",
    "priorities",
    "resolutions",
    "projects",
    "versions",
    "components",
    "labels",
    "options",
];

/// Why a tracker call failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrackerError {
    /// The host gives no live tracker for this capability (for example `httpClient`).
    Unsupported(String),
    /// The tracker answered with an error.
    Failed(String),
}

impl fmt::Display for TrackerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrackerError::Unsupported(what) => {
                write!(f, "{what} needs a live tracker, and the host gives none")
            }
            TrackerError::Failed(m) => f.write_str(m),
        }
    }
}

/// The local issue tracker as the helpers see it. Lookups answer JSON objects (a user,
/// a status, …) that become Groovy maps in the script. `Send + Sync`, because a sync node
/// shares one tracker between the threads that run scripts.
pub trait Tracker: Send + Sync {
    /// Finds an entry of `catalog` (one of [`CATALOGS`]) whose `id`, `key`, `name`,
    /// `email`, `username`, `accountId` or `displayName` equals `key`.
    fn lookup(&self, catalog: &str, key: &str) -> Option<Json>;

    /// The local issue key (`{"id": …, "key": …}`) of the twin of a remote issue id or
    /// URN; `None` when the remote issue is not synced.
    fn twin(&self, remote: &str) -> Option<Json>;

    /// A URL of the connection (`trackerUrl`, `remoteTrackerUrl`, `exalateUrl`,
    /// `remoteExalateUrl`, `remoteIssueUrl`).
    fn url(&self, which: &str) -> Option<String> {
        let _ = which;
        None
    }

    /// A record of a tracker table or object (`nodeHelper.getReference(table, field, value)`
    /// on `ServiceNow` and Salesforce) whose `field` equals `value`; `Ok(None)` when no
    /// record matches.
    ///
    /// # Errors
    /// [`TrackerError::Unsupported`] when the host cannot look records up (the default).
    fn reference(
        &self,
        table: &str,
        field: &str,
        value: &str,
    ) -> Result<Option<Json>, TrackerError> {
        let _ = (table, field, value);
        Err(TrackerError::Unsupported("nodeHelper.getReference".into()))
    }

    /// Whether the local item with this id or key is synced (`syncHelper.isUnderSync`,
    /// `syncHelper.isIssueUnderSync`).
    ///
    /// # Errors
    /// [`TrackerError::Unsupported`] when the host does not know the twins (the default).
    fn under_sync(&self, local: &str) -> Result<bool, TrackerError> {
        let _ = local;
        Err(TrackerError::Unsupported("syncHelper.isUnderSync".into()))
    }

    /// A field of the local item rendered as HTML (`nodeHelper.getHtmlField(issue, field)`,
    /// Jira Cloud); `field` is a system name (`description`, `environment`) or a custom
    /// field name or id. `Ok(None)` when the item has no such value.
    ///
    /// # Errors
    /// [`TrackerError::Unsupported`] when the host cannot render fields (the default).
    fn html_field(&self, item: &Json, field: &str) -> Result<Option<String>, TrackerError> {
        let _ = (item, field);
        Err(TrackerError::Unsupported("nodeHelper.getHtmlField".into()))
    }

    /// Whether `user` (a user object) may be the assignee of items in the project
    /// (`nodeHelper.isUserAssignable(projectKey, user)`).
    ///
    /// # Errors
    /// [`TrackerError::Unsupported`] when the host does not know permissions (the default).
    fn user_assignable(&self, project: &str, user: &Json) -> Result<bool, TrackerError> {
        let _ = (project, user);
        Err(TrackerError::Unsupported(
            "nodeHelper.isUserAssignable".into(),
        ))
    }

    /// Creates an entry of `catalog` (`versions` for `nodeHelper.createVersion`,
    /// `components` for `nodeHelper.createComponent`) and returns it as the tracker
    /// stored it. Only called when a lookup by name missed.
    ///
    /// # Errors
    /// [`TrackerError::Unsupported`] when the host cannot create entries (the default), or
    /// the tracker's failure.
    fn create(&self, catalog: &str, entry: &Json) -> Result<Json, TrackerError> {
        let _ = entry;
        let helper = if catalog == "components" {
            "createComponent"
        } else {
            "createVersion"
        };
        Err(TrackerError::Unsupported(format!("nodeHelper.{helper}")))
    }

    /// A REST call to the local tracker (`httpClient`). The default has no live tracker.
    ///
    /// # Errors
    /// [`TrackerError::Unsupported`] without a live tracker, or the tracker's failure.
    fn http(&self, method: &str, path: &str, body: Option<&str>) -> Result<Json, TrackerError> {
        let _ = (path, body);
        Err(TrackerError::Unsupported(format!("httpClient.{method}")))
    }
}

/// A tracker answering from JSON catalogs:
/// `{"users": [{"key": …, "email": …, "displayName": …}], "statuses": [{"id", "name"}],
/// "issueTypes": […], "priorities": […], "resolutions": […], "projects": […],
/// "versions": […], "components": […], "twins": {"<remote id>": {"id", "key"}},
/// "urls": {"trackerUrl": …}, "references": {"<table>": [records]},
/// "html": {"<field>": "<html>"}, "assignable": {"<project key>": [user ids]}}`. Missing
/// catalogs are empty: lookups miss, and an item is under sync only when it is a twin.
/// Without an `html` entry a field renders as its escaped text in a paragraph; without an
/// `assignable` list a user is assignable when the `users` catalog knows it (or has no
/// users at all); created versions and components are handed back as given (the catalogs
/// are read-only; the helper records the creation as an event).
#[derive(Debug, Clone, Default)]
pub struct MemoryTracker {
    catalogs: serde_json::Map<String, Json>,
}

/// Fields an entry is matched on, in order.
const MATCH_FIELDS: &[&str] = &[
    "id",
    "key",
    "name",
    "value",
    "email",
    "username",
    "accountId",
    "displayName",
];

fn json_text(v: &Json) -> Option<String> {
    match v {
        Json::String(s) => Some(s.clone()),
        Json::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Text as HTML character data.
fn escape_html(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

impl MemoryTracker {
    /// An empty tracker (every lookup misses).
    #[must_use]
    pub fn new() -> Self {
        MemoryTracker::default()
    }

    /// A tracker over the catalogs of a JSON object; anything else gives an empty tracker.
    #[must_use]
    pub fn from_json(catalogs: &Json) -> Self {
        match catalogs {
            Json::Object(m) => MemoryTracker {
                catalogs: m.clone(),
            },
            _ => MemoryTracker::default(),
        }
    }
}

impl Tracker for MemoryTracker {
    fn lookup(&self, catalog: &str, key: &str) -> Option<Json> {
        let Json::Array(entries) = self.catalogs.get(catalog)? else {
            return None;
        };
        MATCH_FIELDS.iter().find_map(|f| {
            entries
                .iter()
                .find(|e| e.get(f).and_then(json_text).is_some_and(|t| t == key))
                .cloned()
        })
    }

    fn twin(&self, remote: &str) -> Option<Json> {
        self.catalogs.get("twins")?.get(remote).cloned()
    }

    fn url(&self, which: &str) -> Option<String> {
        self.catalogs.get("urls")?.get(which).and_then(json_text)
    }

    fn reference(
        &self,
        table: &str,
        field: &str,
        value: &str,
    ) -> Result<Option<Json>, TrackerError> {
        let Some(Json::Array(records)) = self.catalogs.get("references").and_then(|r| r.get(table))
        else {
            return Ok(None);
        };
        Ok(records
            .iter()
            .find(|r| r.get(field).and_then(json_text).is_some_and(|t| t == value))
            .cloned())
    }

    fn html_field(&self, item: &Json, field: &str) -> Result<Option<String>, TrackerError> {
        if let Some(h) = self.catalogs.get("html").and_then(|h| h.get(field)) {
            return Ok(json_text(h));
        }
        let value = item.get(field).or_else(|| {
            item.get("customFields")
                .and_then(|c| c.get(field))
                .and_then(|cf| cf.get("value"))
        });
        Ok(value
            .and_then(json_text)
            .map(|t| format!("<p>{}</p>", escape_html(&t))))
    }

    fn user_assignable(&self, project: &str, user: &Json) -> Result<bool, TrackerError> {
        if user.is_null() {
            return Ok(false);
        }
        let ids: Vec<String> = MATCH_FIELDS
            .iter()
            .filter_map(|f| user.get(f).and_then(json_text))
            .collect();
        if let Some(Json::Array(allowed)) =
            self.catalogs.get("assignable").and_then(|a| a.get(project))
        {
            return Ok(allowed
                .iter()
                .filter_map(json_text)
                .any(|a| ids.contains(&a)));
        }
        match self.catalogs.get("users") {
            Some(Json::Array(users)) if !users.is_empty() => {
                Ok(ids.iter().any(|id| self.lookup("users", id).is_some()))
            }
            _ => Ok(true),
        }
    }

    fn create(&self, _catalog: &str, entry: &Json) -> Result<Json, TrackerError> {
        Ok(entry.clone())
    }

    fn under_sync(&self, local: &str) -> Result<bool, TrackerError> {
        let Some(Json::Object(twins)) = self.catalogs.get("twins") else {
            return Ok(false);
        };
        Ok(twins.values().any(|t| {
            ["id", "key"]
                .iter()
                .any(|f| t.get(f).and_then(json_text).is_some_and(|v| v == local))
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_match_any_identifying_field() {
        let t = MemoryTracker::from_json(&serde_json::json!({
            "users": [{"key": "u1", "email": "a@b.c", "displayName": "Ann"}],
            "statuses": [{"id": 3, "name": "Done"}],
            "twins": {"10001": {"id": 7, "key": "PRJ-7"}},
        }));
        assert_eq!(t.lookup("users", "a@b.c").unwrap()["key"], "u1");
        assert_eq!(t.lookup("users", "Ann").unwrap()["key"], "u1");
        assert_eq!(t.lookup("statuses", "3").unwrap()["name"], "Done");
        assert!(t.lookup("statuses", "Open").is_none());
        assert!(t.lookup("versions", "1.0").is_none());
        assert_eq!(t.twin("10001").unwrap()["key"], "PRJ-7");
        assert!(t.under_sync("7").unwrap());
        assert!(t.under_sync("PRJ-7").unwrap());
        assert!(!t.under_sync("8").unwrap());
        assert!(t.reference("incident", "number", "INC1").unwrap().is_none());
        assert!(matches!(
            t.http("get", "/x", None),
            Err(TrackerError::Unsupported(_))
        ));
    }

    #[test]
    fn references_match_a_field_of_the_named_table() {
        let t = MemoryTracker::from_json(&serde_json::json!({
            "references": {"incident": [
                {"sys_id": "a1", "number": "INC1"},
                {"sys_id": "b2", "number": "INC2"},
            ]},
        }));
        let hit = t.reference("incident", "number", "INC2").unwrap().unwrap();
        assert_eq!(hit["sys_id"], "b2");
        assert!(t.reference("incident", "number", "INC3").unwrap().is_none());
        assert!(t.reference("problem", "number", "INC1").unwrap().is_none());
        assert!(!t.under_sync("a1").unwrap());
    }
}
