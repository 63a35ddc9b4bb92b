//! The Exalate script API as plain data: bound variables, helper objects with every
//! method, hub-issue fields and object types, built from `/work/shared/spec/exalate-api.md`
//! (section numbers below refer to it). The linter checks scripts against it
//! ([`known_api`]); the helper implementations are tested against it.
//!
//! Entries marked "corpus" are not in the spec but are used by real scripts of the
//! shared corpus often enough to be real (for example `nodeHelper.getLocalIssueFromRemoteId`
//! in eight Exalate template scripts).

use syncscript_dsl::lint::{BindingDef, BindingRole, HelperDef, KnownApi, ObjectDef};

/// Which script kinds bind a variable.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Sides {
    /// Incoming and outgoing.
    Both,
    /// Incoming only.
    Incoming,
    /// Outgoing only.
    Outgoing,
}

/// A bound variable (§2).
#[derive(Debug)]
pub struct Binding {
    /// Variable name.
    pub name: &'static str,
    /// What it is.
    pub role: BindingRole,
    /// Where it is bound.
    pub sides: Sides,
    /// Accepts arbitrary property names (connector columns, ad-hoc replica properties).
    pub open_fields: bool,
    /// Connectors that bind it (informational).
    pub connectors: &'static str,
}

const fn bind(
    name: &'static str,
    role: BindingRole,
    sides: Sides,
    open_fields: bool,
    connectors: &'static str,
) -> Binding {
    Binding {
        name,
        role,
        sides,
        open_fields,
        connectors,
    }
}

use BindingRole::{Context, FirstSync, Helper as H, Item, Previous, Replica};
use Sides::{Both, Incoming, Outgoing};

/// Every bound variable: items and their per-connector aliases (§2.1), helpers (§2.2),
/// other context values (§2.3).
pub static BINDINGS: &[Binding] = &[
    // §2.1 item variables
    bind(
        "issue",
        Item,
        Both,
        false,
        "Jira, GitHub, Zendesk, ADO, all",
    ),
    bind("workItem", Item, Both, false, "Azure DevOps"),
    bind(
        "entity",
        Item,
        Both,
        true,
        "ServiceNow, Salesforce, Freshdesk, Freshservice, Asana, Xurrent",
    ),
    bind("ticket", Item, Both, true, "Zendesk"),
    bind("incident", Item, Both, true, "ServiceNow (incident table)"),
    bind(
        "requestItem",
        Item,
        Both,
        true,
        "ServiceNow (sc_req_item table)",
    ),
    bind(
        "enhancement",
        Item,
        Both,
        true,
        "ServiceNow (rm_enhancement table; docs scripts)",
    ),
    bind(
        "defect",
        Item,
        Both,
        true,
        "HP ALM/QC, ServiceNow defect table",
    ),
    bind("replica", Replica, Both, true, "all"),
    bind("previous", Previous, Incoming, true, "all"),
    bind("firstSync", FirstSync, Incoming, false, "all"),
    // §2.2 helpers
    bind("nodeHelper", H, Both, false, "all"),
    bind("syncHelper", H, Both, false, "all"),
    bind(
        "commentHelper",
        H,
        Both,
        false,
        "Jira, ADO, Zendesk, GitHub, SNOW, Freshdesk, Freshservice, HP ALM",
    ),
    bind(
        "attachmentHelper",
        H,
        Both,
        false,
        "Jira, ADO, Zendesk, SNOW, Freshdesk, Freshservice, Salesforce",
    ),
    bind("workLogHelper", H, Both, false, "Jira Cloud, Jira on-prem"),
    bind(
        "worklogHelper",
        H,
        Both,
        false,
        "Jira on-prem (docs spelling)",
    ),
    bind("workflowHelper", H, Both, false, "Jira"),
    bind("userHelper", H, Both, false, "Jira on-prem"),
    bind("debug", H, Both, false, "all"),
    bind(
        "httpClient",
        H,
        Both,
        false,
        "Jira Cloud, ADO, Zendesk, SNOW, Salesforce",
    ),
    bind("qcHelper", H, Both, false, "HP ALM"),
    // §2.3 other context values
    bind("connection", Context, Both, false, "all"),
    bind("issueKey", Context, Both, false, "all"),
    bind("traces", Context, Incoming, false, "all"),
    bind("issueBeforeScript", Context, Incoming, false, "all"),
    bind("blobMetadataList", Context, Incoming, false, "all"),
    bind("syncRequest", Context, Incoming, false, "all"),
    bind("store", Context, Incoming, false, "ADO, Jira Cloud"),
    bind("entityType", Context, Outgoing, false, "all"),
];

/// A helper object (§4).
#[derive(Debug)]
pub struct Helper {
    /// Variable name.
    pub name: &'static str,
    /// Public methods (overloads once).
    pub methods: &'static [&'static str],
    /// Public properties (getter-style reads).
    pub properties: &'static [&'static str],
    /// Internal members seen in scripts, flagged as not portable.
    pub internals: &'static [&'static str],
}

/// `nodeHelper` (§4.1): 41 documented methods plus one from the corpus.
pub static NODE_HELPER_METHODS: &[&str] = &[
    "getUser",
    "getUserByEmail",
    "getUserByUsername",
    "getUserByFullName",
    "getUserById",
    "isUserAssignable",
    "getIssueType",
    "getPriority",
    "getStatus",
    "getResolution",
    "getLabel",
    "getProject",
    "getComponent",
    "createComponent",
    "getVersion",
    "createVersion",
    "getOption",
    "getOptions",
    "createOption",
    "getCascadingSelect",
    "getCustomFieldDefaultValue",
    "getHtmlField",
    "getHtmlComments",
    "toMarkDownFromHtml",
    "toMarkDownComments",
    "stripHtml",
    "stripHtmlFromComments",
    "getLocalIssueKeyFromRemoteId",
    "getLocalIssueFromRemoteUrn",
    "getHubIssue",
    "getRemoteIssueLinks",
    "getReference",
    "getTableByLink",
    "isIssueEditable",
    "canUserEditComments",
    "addHTTPHeader",
    "getCustomField",
    "getCustomFieldValueLabel",
    "getTemplateIdByName",
    "getServiceIdByName",
    "getTeamIdByName",
    // corpus: Exalate's parent/child templates (8 scripts)
    "getLocalIssueFromRemoteId",
];

/// Every helper (§4.1–§4.12).
pub static HELPERS: &[Helper] = &[
    Helper {
        name: "nodeHelper",
        methods: NODE_HELPER_METHODS,
        properties: &[],
        internals: &["twinTraceRepositoryProvider", "azureClient"],
    },
    Helper {
        name: "syncHelper",
        methods: &[
            "syncBackAfterProcessing",
            "unExalateAfterProcessing",
            "exalate",
            "getLocalIssueKeyFromRemoteId",
            "getLocalIssueFromRemoteUrn",
            "isUnderSync",
            "isIssueUnderSync",
            "getRemoteIssueUrl",
            "getTrackerUrl",
            "getRemoteTrackerUrl",
            "getExalateUrl",
            "getRemoteExalateUrl",
        ],
        properties: &[
            "remoteIssueUrl",
            "trackerUrl",
            "remoteTrackerUrl",
            "exalateUrl",
            "remoteExalateUrl",
        ],
        internals: &[],
    },
    Helper {
        name: "commentHelper",
        methods: &["mergeComments", "addComment", "filterLocal"],
        properties: &[],
        internals: &[],
    },
    Helper {
        name: "attachmentHelper",
        methods: &["mergeAttachments"],
        properties: &[],
        internals: &[],
    },
    Helper {
        name: "workLogHelper",
        methods: &[
            "addWorkLog",
            "filterLocal",
            "mergeWorkLogs",
            "mergeNewWorkLogs",
        ],
        properties: &[],
        internals: &[],
    },
    Helper {
        name: "worklogHelper",
        methods: &[
            "addWorkLog",
            "filterLocal",
            "mergeWorkLogs",
            "mergeNewWorkLogs",
        ],
        properties: &[],
        internals: &[],
    },
    Helper {
        name: "workflowHelper",
        methods: &["transition"],
        properties: &[],
        internals: &[],
    },
    Helper {
        name: "userHelper",
        methods: &[
            "getByKey",
            "getByUsername",
            "getByEmail",
            "createUser",
            "findInGroup",
            "findWithRole",
            "hasRole",
            "isGroupMember",
        ],
        properties: &[],
        internals: &[],
    },
    Helper {
        name: "debug",
        methods: &["error"],
        properties: &[],
        internals: &[],
    },
    Helper {
        name: "httpClient",
        methods: &["get", "post", "put", "delete", "http"],
        properties: &[],
        internals: &[
            "ws",
            "azureClient",
            "issueTrackerClient",
            "zendeskClient",
            "authenticate",
        ],
    },
    Helper {
        name: "qcHelper",
        methods: &["getStatus"],
        properties: &[],
        internals: &[],
    },
];

/// Fields of the hub issue over all connectors (§3.1, §3.5).
pub static ITEM_FIELDS: &[&str] = &[
    // Jira (§3.5.1)
    "id",
    "key",
    "summary",
    "description",
    "environment",
    "assignee",
    "reporter",
    "creator",
    "created",
    "updated",
    "status",
    "resolution",
    "resolutionDate",
    "type",
    "typeName",
    "issueType",
    "priority",
    "affectedVersions",
    "fixVersions",
    "due",
    "project",
    "projectKey",
    "labels",
    "components",
    "comments",
    "attachments",
    "workLogs",
    "originalEstimate",
    "remainingEstimate",
    "timeSpent",
    "parentId",
    "issueLinks",
    "watchers",
    "votes",
    "securityLevel",
    "customFields",
    "customKeys",
    "entityProperties",
    "sprint",
    "weblinks",
    "issuelinks",
    "changeHistory",
    "doTransition",
    // ADO (§3.5.2)
    "areaPath",
    "iterationPath",
    "dueDate",
    // ServiceNow, Salesforce (§3.5.3, §3.5.6)
    "tableName",
    "entityType",
    // Zendesk (§3.5.4)
    "organization_id",
    "problem_id",
    // GitHub (§3.5.5)
    "repository",
    "repositoryFullName",
    "assignees",
    // Xurrent (§3.5.8)
    "requested_by",
    "team",
    "template",
];

/// Replica-only delta properties (§3.2).
pub static REPLICA_FIELDS: &[&str] = &[
    "addedComments",
    "changedComments",
    "removedComments",
    "addedAttachments",
    "removedAttachments",
    "addedWorklogs",
    "removedWorklogs",
    "changedWorklogs",
];

/// Methods callable on the hub issue (§3.1: setters and getters).
pub static ITEM_METHODS: &[&str] = &[
    "setStatus",
    "getProject",
    "getIssueType",
    "getCustomFields",
    "get",
    "put",
];

/// Object fields that the remote side may leave null (§5.6 "Null fields on replica").
pub static NULLABLE_OBJECT_FIELDS: &[&str] = &[
    "assignee",
    "reporter",
    "creator",
    "priority",
    "resolution",
    "status",
    "parentId",
    "securityLevel",
    "due",
    "resolutionDate",
];

/// Object types (§3.3): name and fields.
pub static OBJECTS: &[(&str, &[&str])] = &[
    (
        "User",
        &[
            "key",
            "username",
            "active",
            "email",
            "displayName",
            "id",
            "accountId",
        ],
    ),
    (
        "Comment",
        &[
            "id",
            "author",
            "body",
            "created",
            "updated",
            "updateAuthor",
            "groupLevel",
            "roleLevel",
            "executor",
            "remoteId",
            "internal",
            "role",
        ],
    ),
    (
        "Attachment",
        &[
            "id", "mimetype", "filename", "created", "filesize", "author", "idStr",
        ],
    ),
    ("Status", &["id", "name", "description"]),
    ("Priority", &["id", "name"]),
    ("Resolution", &["id", "name"]),
    ("IssueType", &["id", "name", "description"]),
    (
        "Project",
        &["id", "key", "name", "lead", "versions", "components"],
    ),
    ("SecurityLevel", &["id", "name", "description"]),
    (
        "CustomField",
        &["value", "id", "name", "type", "description"],
    ),
];

/// Which item fields hold which object type; `customFields.*` is every custom field.
pub static FIELD_TYPES: &[(&str, &str)] = &[
    ("assignee", "User"),
    ("reporter", "User"),
    ("creator", "User"),
    ("status", "Status"),
    ("priority", "Priority"),
    ("resolution", "Resolution"),
    ("type", "IssueType"),
    ("project", "Project"),
    ("securityLevel", "SecurityLevel"),
    ("customFields.*", "CustomField"),
];

/// Classes of the external script library on the node's classpath (§5.9; the last three
/// from the corpus's library scripts).
pub static LIBRARY_CLASSES: &[&str] = &[
    "Status",
    "StatusSync",
    "CreateIssue",
    "TempoWorkLogSync",
    "Versions",
    "Components",
    "IssueLinks",
    "Move",
    "CustomFieldSync",
    "SubTask",
    "Epic",
    "ExalateEventListener",
    "VersionSync",
    "ComponentSync",
    "AgileSync",
];

fn strings(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|s| (*s).to_owned()).collect()
}

/// The Exalate API in the form the linter takes.
#[must_use]
pub fn known_api() -> KnownApi {
    KnownApi {
        bindings: BINDINGS
            .iter()
            .map(|b| BindingDef {
                name: b.name.to_owned(),
                role: b.role,
                incoming: b.sides != Sides::Outgoing,
                outgoing: b.sides != Sides::Incoming,
                open_fields: b.open_fields,
            })
            .collect(),
        helpers: HELPERS
            .iter()
            .map(|h| HelperDef {
                name: h.name.to_owned(),
                methods: strings(h.methods),
                properties: strings(h.properties),
                internals: strings(h.internals),
            })
            .collect(),
        item_fields: strings(ITEM_FIELDS),
        item_methods: strings(ITEM_METHODS),
        replica_fields: strings(REPLICA_FIELDS),
        nullable_object_fields: strings(NULLABLE_OBJECT_FIELDS),
        objects: OBJECTS
            .iter()
            .map(|(n, f)| ObjectDef {
                name: (*n).to_owned(),
                fields: strings(f),
            })
            .collect(),
        field_types: FIELD_TYPES
            .iter()
            .map(|(f, t)| ((*f).to_owned(), (*t).to_owned()))
            .collect(),
        classes: strings(LIBRARY_CLASSES),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_consistent() {
        let mut names: Vec<&str> = BINDINGS.iter().map(|b| b.name).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(n, names.len(), "binding names are unique");
        for h in HELPERS {
            let b = BINDINGS.iter().find(|b| b.name == h.name);
            assert!(
                b.is_some_and(|b| b.role == BindingRole::Helper),
                "{} is bound as a helper",
                h.name
            );
        }
        for (_, t) in FIELD_TYPES {
            assert!(OBJECTS.iter().any(|(o, _)| o == t), "{t} is an object type");
        }
        // §4.13: nodeHelper has 41 documented methods (+1 from the corpus)
        assert_eq!(NODE_HELPER_METHODS.len(), 42);
        let api = known_api();
        assert!(
            api.bindings
                .iter()
                .any(|b| b.name == "firstSync" && !b.outgoing)
        );
    }
}
