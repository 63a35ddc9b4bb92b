//! [`KnownApi`]: the host API the rules check names against, passed in by the caller
//! (the Exalate tables live in `stdlib::exalate::api`), plus a fast index over it.

use std::collections::HashMap;

use crate::scope::{FastMap, FastSet};

/// What a bound variable stands for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BindingRole {
    /// The local item (`issue` and its per-connector aliases `workItem`, `entity`, …).
    Item,
    /// The replica (`replica`).
    Replica,
    /// The replica of the previous sync (`previous`).
    Previous,
    /// The first-sync flag (`firstSync`).
    FirstSync,
    /// A helper object (`nodeHelper`, `syncHelper`, …), described in [`KnownApi::helpers`].
    Helper,
    /// Any other context value (`connection`, `traces`, `store`, …).
    Context,
}

/// A variable the host binds before running a script.
#[derive(Clone, Debug)]
pub struct BindingDef {
    /// The variable name.
    pub name: String,
    /// What it is.
    pub role: BindingRole,
    /// Bound in incoming scripts.
    pub incoming: bool,
    /// Bound in outgoing scripts.
    pub outgoing: bool,
    /// Whether the item/replica accepts arbitrary (connector-specific or ad-hoc) property
    /// names, so only near-misses of known fields are reported (`entity` on `ServiceNow` or
    /// `Salesforce`, `replica`).
    pub open_fields: bool,
}

/// A helper object and its members.
#[derive(Clone, Debug, Default)]
pub struct HelperDef {
    /// The variable name (`nodeHelper`).
    pub name: String,
    /// Public method names (overloads listed once).
    pub methods: Vec<String>,
    /// Public properties.
    pub properties: Vec<String>,
    /// Internal members real scripts reach for (`httpClient.azureClient`): known, but not
    /// portable; `unsupported-java-api` reports them.
    pub internals: Vec<String>,
}

/// A structured value type reachable from the item (User, Status, Option, …).
#[derive(Clone, Debug, Default)]
pub struct ObjectDef {
    /// The type's name (`User`).
    pub name: String,
    /// Its fields.
    pub fields: Vec<String>,
}

/// The host API known to the rules. Plain data so that `dsl` needs no `stdlib`.
#[derive(Clone, Debug, Default)]
pub struct KnownApi {
    /// Bound variables.
    pub bindings: Vec<BindingDef>,
    /// Helper objects.
    pub helpers: Vec<HelperDef>,
    /// Fields of the hub issue (`issue`, `replica`, `previous`) over all connectors.
    pub item_fields: Vec<String>,
    /// Methods callable on the hub issue (`setStatus`, getters).
    pub item_methods: Vec<String>,
    /// Fields that exist only on a received replica (`addedComments`, …).
    pub replica_fields: Vec<String>,
    /// Item fields holding an object that may be null (`assignee`, `status`, `parentId`),
    /// so `replica.x.y` can throw a `NullPointerException`.
    pub nullable_object_fields: Vec<String>,
    /// Structured value types.
    pub objects: Vec<ObjectDef>,
    /// `(item field, object type)`: `("assignee", "User")`; the key `customFields.*`
    /// gives the type of every custom field (`issue.customFields."X"`).
    pub field_types: Vec<(String, String)>,
    /// Classes callable without an import on the host (the external script library:
    /// `Status`, `TempoWorkLogSync`, …).
    pub classes: Vec<String>,
}

fn strings(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|s| (*s).to_owned()).collect()
}

impl KnownApi {
    /// A small Exalate-like API for tests of the `dsl` crate alone: the common bindings
    /// and helpers. Real runs use `syncscript_stdlib::exalate::api::known_api()`.
    #[must_use]
    pub fn exalate_minimal() -> KnownApi {
        let b = |name: &str, role, incoming, outgoing, open_fields| BindingDef {
            name: name.to_owned(),
            role,
            incoming,
            outgoing,
            open_fields,
        };
        let h = |name: &str, methods: &[&str]| HelperDef {
            name: name.to_owned(),
            methods: strings(methods),
            ..HelperDef::default()
        };
        KnownApi {
            bindings: vec![
                b("issue", BindingRole::Item, true, true, false),
                b("workItem", BindingRole::Item, true, true, false),
                b("entity", BindingRole::Item, true, true, true),
                b("replica", BindingRole::Replica, true, true, true),
                b("previous", BindingRole::Previous, true, false, true),
                b("firstSync", BindingRole::FirstSync, true, false, false),
                b("nodeHelper", BindingRole::Helper, true, true, false),
                b("syncHelper", BindingRole::Helper, true, true, false),
                b("commentHelper", BindingRole::Helper, true, true, false),
                b("attachmentHelper", BindingRole::Helper, true, true, false),
                b("debug", BindingRole::Helper, true, true, false),
                b("httpClient", BindingRole::Helper, true, true, false),
                b("store", BindingRole::Context, true, false, false),
                b("issueKey", BindingRole::Context, true, true, false),
            ],
            helpers: vec![
                h(
                    "nodeHelper",
                    &[
                        "getUser",
                        "getUserByEmail",
                        "getIssueType",
                        "getPriority",
                        "getLabel",
                        "getLocalIssueFromRemoteId",
                    ],
                ),
                h(
                    "syncHelper",
                    &[
                        "syncBackAfterProcessing",
                        "getLocalIssueKeyFromRemoteId",
                        "exalate",
                    ],
                ),
                h(
                    "commentHelper",
                    &["mergeComments", "addComment", "filterLocal"],
                ),
                h("attachmentHelper", &["mergeAttachments"]),
                h("debug", &["error"]),
                HelperDef {
                    name: "httpClient".into(),
                    methods: strings(&["get", "post", "put", "delete", "http"]),
                    properties: Vec::new(),
                    internals: strings(&["azureClient", "ws"]),
                },
            ],
            item_fields: strings(&[
                "id",
                "key",
                "summary",
                "description",
                "assignee",
                "reporter",
                "status",
                "resolution",
                "priority",
                "type",
                "typeName",
                "project",
                "projectKey",
                "labels",
                "components",
                "comments",
                "attachments",
                "workLogs",
                "parentId",
                "customFields",
                "customKeys",
                "fixVersions",
                "affectedVersions",
                "issueLinks",
                "areaPath",
                "iterationPath",
                "tableName",
                "entityType",
            ]),
            item_methods: strings(&["setStatus", "getProject", "getCustomFields"]),
            replica_fields: strings(&["addedComments", "removedComments", "addedAttachments"]),
            nullable_object_fields: strings(&[
                "assignee",
                "reporter",
                "priority",
                "status",
                "resolution",
                "parentId",
            ]),
            objects: vec![
                ObjectDef {
                    name: "User".into(),
                    fields: strings(&["key", "username", "active", "email", "displayName"]),
                },
                ObjectDef {
                    name: "CustomField".into(),
                    fields: strings(&["value", "id", "name", "type"]),
                },
            ],
            field_types: vec![
                ("assignee".into(), "User".into()),
                ("reporter".into(), "User".into()),
                ("customFields.*".into(), "CustomField".into()),
            ],
            classes: strings(&["Status"]),
        }
    }
}

/// Hash-set index over a [`KnownApi`], built once per `check`.
pub(crate) struct ApiIndex<'a> {
    pub(crate) bindings: FastMap<&'a str, &'a BindingDef>,
    pub(crate) helpers: FastMap<&'a str, &'a HelperDef>,
    pub(crate) item_fields: FastSet<&'a str>,
    pub(crate) replica_fields: FastSet<&'a str>,
    pub(crate) nullable: FastSet<&'a str>,
    pub(crate) field_types: FastMap<&'a str, &'a ObjectDef>,
    pub(crate) classes: FastSet<&'a str>,
}

impl<'a> ApiIndex<'a> {
    pub(crate) fn new(api: &'a KnownApi) -> Self {
        let objects: HashMap<&str, &ObjectDef> =
            api.objects.iter().map(|o| (o.name.as_str(), o)).collect();
        ApiIndex {
            bindings: api.bindings.iter().map(|b| (b.name.as_str(), b)).collect(),
            helpers: api.helpers.iter().map(|h| (h.name.as_str(), h)).collect(),
            item_fields: api.item_fields.iter().map(String::as_str).collect(),
            replica_fields: api.replica_fields.iter().map(String::as_str).collect(),
            nullable: api
                .nullable_object_fields
                .iter()
                .map(String::as_str)
                .collect(),
            field_types: api
                .field_types
                .iter()
                .filter_map(|(f, t)| objects.get(t.as_str()).map(|o| (f.as_str(), *o)))
                .collect(),
            classes: api.classes.iter().map(String::as_str).collect(),
        }
    }
}
