//! The helper objects bound in sync scripts (`nodeHelper`, `syncHelper`, `commentHelper`,
//! `attachmentHelper`, `workLogHelper`, `workflowHelper`, `userHelper`, `debug`,
//! `httpClient`, `qcHelper`) as host objects. Lookups go through the run's [`Tracker`];
//! sync-control calls are recorded as [`Event`]s.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use syncscript_dsl::diagnostic::did_you_mean;
use syncscript_runtime::bind::{Ctx, HostObject};
use syncscript_runtime::class;
use syncscript_runtime::error::{ErrorKind, RuntimeError};
use syncscript_runtime::json::from_json;
use syncscript_runtime::value::{Value, to_display};

use super::api::HELPERS;
use super::html;
use super::merge;
use super::tracker::{Tracker, TrackerError};

/// A sync-control call the script queued (`syncHelper.syncBackAfterProcessing()`, …).
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// The helper method (`syncBackAfterProcessing`, `unExalateAfterProcessing`, `exalate`).
    pub kind: String,
    /// Its arguments, as JSON.
    pub args: Vec<serde_json::Value>,
}

/// What the helpers of one run share: the tracker and the queued events.
pub struct Session {
    /// The host's tracker.
    pub tracker: Arc<dyn Tracker>,
    /// Events queued so far, in call order.
    pub events: RefCell<Vec<Event>>,
}

impl Session {
    /// A session over a tracker with no events yet.
    #[must_use]
    pub fn new(tracker: Arc<dyn Tracker>) -> Rc<Session> {
        Rc::new(Session {
            tracker,
            events: RefCell::new(Vec::new()),
        })
    }
}

/// Methods answered only by a live tracker: they fail with a "needs a live tracker"
/// error unless the host's [`Tracker`] answers them ([`Tracker::http`] for `httpClient`,
/// [`Tracker::reference`] for `getReference`, [`Tracker::under_sync`] for
/// `isUnderSync`/`isIssueUnderSync`; the JSON-catalog tracker answers the last two).
pub const LIVE_ONLY: &[(&str, &str)] = &[
    ("nodeHelper", "createOption"),
    ("nodeHelper", "getCustomFieldDefaultValue"),
    ("nodeHelper", "getHtmlComments"),
    ("nodeHelper", "getHubIssue"),
    ("nodeHelper", "getRemoteIssueLinks"),
    ("nodeHelper", "getReference"),
    ("nodeHelper", "getTableByLink"),
    ("nodeHelper", "isIssueEditable"),
    ("nodeHelper", "canUserEditComments"),
    ("nodeHelper", "addHTTPHeader"),
    ("nodeHelper", "getCustomField"),
    ("nodeHelper", "getCustomFieldValueLabel"),
    ("nodeHelper", "getTemplateIdByName"),
    ("nodeHelper", "getServiceIdByName"),
    ("nodeHelper", "getTeamIdByName"),
    ("syncHelper", "isUnderSync"),
    ("syncHelper", "isIssueUnderSync"),
    ("userHelper", "createUser"),
    ("userHelper", "findInGroup"),
    ("userHelper", "findWithRole"),
    ("userHelper", "hasRole"),
    ("userHelper", "isGroupMember"),
    ("httpClient", "get"),
    ("httpClient", "post"),
    ("httpClient", "put"),
    ("httpClient", "delete"),
    ("httpClient", "http"),
];

/// One helper object bound under `name`.
pub struct Helper {
    name: &'static str,
    session: Rc<Session>,
}

impl Helper {
    /// The helper called `name` (one of the spec's helpers) over a session.
    #[must_use]
    pub fn new(name: &'static str, session: Rc<Session>) -> Helper {
        Helper { name, session }
    }

    /// As a script value.
    #[must_use]
    pub fn value(name: &'static str, session: &Rc<Session>) -> Value {
        Value::Object(Rc::new(Helper::new(name, session.clone())))
    }
}

/// The error of a helper that needs a live tracker.
#[cold]
#[must_use]
pub fn live_tracker_error(what: &str) -> RuntimeError {
    RuntimeError::new(ErrorKind::Sandbox(
        TrackerError::Unsupported(what.to_string()).to_string(),
    ))
}

fn tracker_error(e: TrackerError) -> RuntimeError {
    match e {
        TrackerError::Unsupported(_) => RuntimeError::new(ErrorKind::Sandbox(e.to_string())),
        TrackerError::Failed(m) => RuntimeError::thrown(&class::ISSUE_TRACKER_EXCEPTION, m),
    }
}

fn arg_text(args: &[Value], i: usize) -> Option<String> {
    match args.get(i) {
        None | Some(Value::Null) => None,
        Some(v) => Some(to_display(v)),
    }
}

fn json_value(j: Option<&serde_json::Value>) -> Value {
    j.map_or(Value::Null, from_json)
}

/// A value as JSON (for event arguments).
#[must_use]
pub fn to_json(v: &Value) -> serde_json::Value {
    let text = syncscript_runtime::json::to_oracle_json(v, false);
    serde_json::from_str(&text).unwrap_or(serde_json::Value::Null)
}

impl Helper {
    fn lookup(&self, catalog: &str, args: &[Value]) -> Value {
        match arg_text(args, 0) {
            Some(k) => json_value(self.session.tracker.lookup(catalog, &k).as_ref()),
            None => Value::Null,
        }
    }

    fn twin(&self, args: &[Value]) -> Value {
        match arg_text(args, 0) {
            Some(k) => json_value(self.session.tracker.twin(&k).as_ref()),
            None => Value::Null,
        }
    }

    fn event(&self, kind: &str, args: &[Value]) -> Value {
        self.session.events.borrow_mut().push(Event {
            kind: kind.to_string(),
            args: args.iter().map(to_json).collect(),
        });
        Value::Null
    }

    fn url(&self, which: &str) -> Value {
        self.session
            .tracker
            .url(which)
            .map_or(Value::Null, |u| Value::str(&u))
    }

    fn http(&self, method: &str, args: &[Value]) -> Result<Value, RuntimeError> {
        let path = arg_text(args, 0).unwrap_or_default();
        let body = arg_text(args, 1);
        self.session
            .tracker
            .http(method, &path, body.as_deref())
            .map(|j| from_json(&j))
            .map_err(tracker_error)
    }

    fn node(
        &self,
        ctx: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Option<Result<Value, RuntimeError>> {
        let _ = ctx;
        Some(Ok(match name {
            "getUser" | "getUserByEmail" | "getUserByUsername" | "getUserByFullName"
            | "getUserById" => self.lookup("users", args),
            "getIssueType" => self.lookup("issueTypes", args),
            "getPriority" => self.lookup("priorities", args),
            "getStatus" => self.lookup("statuses", args),
            "getResolution" => self.lookup("resolutions", args),
            "getProject" => self.lookup("projects", args),
            "getComponent" => self.lookup("components", args),
            "getVersion" => self.lookup("versions", args),
            "getLabel" => match arg_text(args, 0) {
                Some(l) => Value::map([(Value::str("label"), Value::str(&l))]),
                None => Value::Null,
            },
            // getOption(issue?, fieldName, value) / getOption(value)
            "getOption" => {
                let key = arg_text(args, args.len().saturating_sub(1));
                match key {
                    Some(k) => self.session.tracker.lookup("options", &k).map_or_else(
                        || Value::map([(Value::str("value"), Value::str(&k))]),
                        |j| from_json(&j),
                    ),
                    None => Value::Null,
                }
            }
            "getOptions" => {
                let Some(Value::List(l)) = args.last() else {
                    return Some(Ok(Value::list(Vec::new())));
                };
                let items: Vec<Value> = l
                    .borrow()
                    .iter()
                    .map(|v| {
                        let k = to_display(v);
                        self.session.tracker.lookup("options", &k).map_or_else(
                            || Value::map([(Value::str("value"), Value::str(&k))]),
                            |j| from_json(&j),
                        )
                    })
                    .collect();
                Value::list(items)
            }
            "stripHtml" => {
                arg_text(args, 0).map_or(Value::Null, |s| Value::str(&html::strip_html(&s)))
            }
            "toMarkDownFromHtml" => {
                arg_text(args, 0).map_or(Value::Null, |s| Value::str(&html::to_markdown(&s)))
            }
            "stripHtmlFromComments" => merge::map_bodies(args.first(), html::strip_html),
            "toMarkDownComments" => merge::map_bodies(args.first(), html::to_markdown),
            // getHtmlField(issue, field)
            "getHtmlField" => {
                let (Some(item), Some(field)) = (args.first(), arg_text(args, 1)) else {
                    return Some(Ok(Value::Null));
                };
                return Some(
                    self.session
                        .tracker
                        .html_field(&to_json(item), &field)
                        .map(|h| h.map_or(Value::Null, |h| Value::str(&h)))
                        .map_err(tracker_error),
                );
            }
            // isUserAssignable(projectKey, user)
            "isUserAssignable" => {
                let (Some(project), Some(user)) = (arg_text(args, 0), args.get(1)) else {
                    return Some(Ok(Value::Bool(false)));
                };
                return Some(
                    self.session
                        .tracker
                        .user_assignable(&project, &to_json(user))
                        .map(Value::Bool)
                        .map_err(tracker_error),
                );
            }
            // createVersion(issue, name, description)
            "createVersion" => {
                return Some(self.create("versions", "createVersion", args, &["description"]));
            }
            // createComponent(issue, name, description, leadKey, assigneeType)
            "createComponent" => {
                return Some(self.create(
                    "components",
                    "createComponent",
                    args,
                    &["description", "lead", "assigneeType"],
                ));
            }
            // getCascadingSelect(parentOption, childOption): the value of a cascading CF
            "getCascadingSelect" => Value::map([
                (
                    Value::str("parent"),
                    args.first().cloned().unwrap_or(Value::Null),
                ),
                (
                    Value::str("child"),
                    args.get(1).cloned().unwrap_or(Value::Null),
                ),
            ]),
            "getLocalIssueKeyFromRemoteId"
            | "getLocalIssueFromRemoteId"
            | "getLocalIssueFromRemoteUrn" => self.twin(args),
            // getReference(table or object, field, value): ServiceNow / Salesforce records
            "getReference" => {
                let (Some(table), Some(field), Some(value)) =
                    (arg_text(args, 0), arg_text(args, 1), arg_text(args, 2))
                else {
                    return Some(Ok(Value::Null));
                };
                return Some(
                    self.session
                        .tracker
                        .reference(&table, &field, &value)
                        .map(|r| json_value(r.as_ref()))
                        .map_err(tracker_error),
                );
            }
            _ => return None,
        }))
    }

    /// `createVersion`/`createComponent`: the existing entry of that name in the item's
    /// project, else a new one from the tracker (the request is recorded as an event).
    /// `args` are `(issue, name, rest…)`; `rest` names the remaining arguments.
    fn create(
        &self,
        catalog: &str,
        helper: &str,
        args: &[Value],
        rest: &[&str],
    ) -> Result<Value, RuntimeError> {
        let Some(name) = arg_text(args, 1) else {
            return Ok(Value::Null);
        };
        if let Some(found) = self.session.tracker.lookup(catalog, &name) {
            return Ok(from_json(&found));
        }
        let mut entry = serde_json::Map::new();
        entry.insert("name".into(), serde_json::Value::String(name));
        for (i, key) in rest.iter().enumerate() {
            if let Some(v) = args.get(i + 2) {
                entry.insert((*key).into(), to_json(v));
            }
        }
        let project = args.first().map(to_json).and_then(|item| {
            item.get("projectKey")
                .or_else(|| item.get("project").and_then(|p| p.get("key")))
                .cloned()
        });
        if let Some(p) = project {
            entry.insert("projectKey".into(), p);
        }
        let created = self
            .session
            .tracker
            .create(catalog, &serde_json::Value::Object(entry))
            .map_err(tracker_error)?;
        self.event(helper, &args[1..]);
        Ok(from_json(&created))
    }

    fn sync(&self, name: &str, args: &[Value]) -> Option<Value> {
        Some(match name {
            "syncBackAfterProcessing" | "unExalateAfterProcessing" | "exalate" => {
                self.event(name, args)
            }
            "getLocalIssueKeyFromRemoteId" | "getLocalIssueFromRemoteUrn" => self.twin(args),
            "getRemoteIssueUrl" => self.url("remoteIssueUrl"),
            "getTrackerUrl" => self.url("trackerUrl"),
            "getRemoteTrackerUrl" => self.url("remoteTrackerUrl"),
            "getExalateUrl" => self.url("exalateUrl"),
            "getRemoteExalateUrl" => self.url("remoteExalateUrl"),
            _ => return None,
        })
    }

    fn dispatch(
        &self,
        ctx: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Option<Result<Value, RuntimeError>> {
        match self.name {
            "nodeHelper" => self.node(ctx, name, args),
            // isUnderSync(id, entityType[, connection]) / isIssueUnderSync(id[, connection])
            "syncHelper" if matches!(name, "isUnderSync" | "isIssueUnderSync") => {
                Some(match arg_text(args, 0) {
                    Some(id) => self
                        .session
                        .tracker
                        .under_sync(&id)
                        .map(Value::Bool)
                        .map_err(tracker_error),
                    None => Ok(Value::Bool(false)),
                })
            }
            "syncHelper" => self.sync(name, args).map(Ok),
            "commentHelper" => match name {
                "mergeComments" => Some(merge::merge(ctx, args, &merge::COMMENTS)),
                "addComment" => Some(Ok(merge::add_comment(args))),
                "filterLocal" => Some(Ok(merge::filter_local(args.first()))),
                _ => None,
            },
            "attachmentHelper" => match name {
                "mergeAttachments" => Some(merge::merge(ctx, args, &merge::ATTACHMENTS)),
                _ => None,
            },
            "workLogHelper" | "worklogHelper" => match name {
                "mergeWorkLogs" | "mergeNewWorkLogs" => {
                    Some(merge::merge(ctx, args, &merge::WORKLOGS))
                }
                "addWorkLog" => Some(Ok(merge::add_worklog(args))),
                "filterLocal" => Some(Ok(merge::filter_local(args.first()))),
                _ => None,
            },
            "workflowHelper" => match name {
                "transition" => Some(merge::set_status(args.first(), args.get(1))),
                _ => None,
            },
            "userHelper" => match name {
                "getByKey" | "getByUsername" | "getByEmail" => Some(Ok(self.lookup("users", args))),
                _ => None,
            },
            "qcHelper" => match name {
                "getStatus" => Some(Ok(self.lookup("statuses", args))),
                _ => None,
            },
            "debug" => match name {
                "error" => Some(Err(RuntimeError::thrown(
                    &class::ISSUE_TRACKER_EXCEPTION,
                    arg_text(args, 0),
                ))),
                _ => None,
            },
            "httpClient" => match name {
                "get" | "post" | "put" | "delete" | "http" => Some(self.http(name, args)),
                _ => None,
            },
            _ => None,
        }
    }

    /// Known method names of this helper (the API table's list).
    fn known_methods(&self) -> &'static [&'static str] {
        HELPERS
            .iter()
            .find(|h| h.name == self.name)
            .map_or(&[], |h| h.methods)
    }
}

/// Whether `helper.method` has a native implementation (answers without a live tracker).
#[must_use]
pub fn is_implemented(helper: &'static str, method: &str) -> bool {
    struct NoTracker;
    impl Tracker for NoTracker {
        fn lookup(&self, _: &str, _: &str) -> Option<serde_json::Value> {
            None
        }
        fn twin(&self, _: &str) -> Option<serde_json::Value> {
            None
        }
    }
    if LIVE_ONLY.contains(&(helper, method)) {
        return false;
    }
    let h = Helper::new(helper, Session::new(Arc::new(NoTracker)));
    let mut ctx = super::NullCtx::default();
    h.dispatch(&mut ctx, method, &[]).is_some()
}

impl HostObject for Helper {
    fn class_name(&self) -> &str {
        match self.name {
            "nodeHelper" => "com.exalate.api.hubobject.INodeHelper",
            "syncHelper" => "com.exalate.api.hubobject.ISyncHelper",
            "commentHelper" => "com.exalate.api.hubobject.ICommentHelper",
            "attachmentHelper" => "com.exalate.api.hubobject.IAttachmentHelper",
            "httpClient" => "com.exalate.api.http.IHttpClient",
            _ => "com.exalate.api.hubobject.IHelper",
        }
    }

    fn get(&self, _ctx: &mut dyn Ctx, name: &str) -> Result<Value, RuntimeError> {
        if self.name == "syncHelper"
            && matches!(
                name,
                "remoteIssueUrl"
                    | "trackerUrl"
                    | "remoteTrackerUrl"
                    | "exalateUrl"
                    | "remoteExalateUrl"
            )
        {
            return Ok(self.url(name));
        }
        Err(RuntimeError::missing_property(name, self.class_name()))
    }

    fn call(
        &self,
        ctx: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        ctx.tick(1)?;
        if let Some(r) = self.dispatch(ctx, name, args) {
            return r.map(Some);
        }
        let known = self.known_methods();
        if known.contains(&name) {
            return Err(live_tracker_error(&format!("{}.{name}", self.name)));
        }
        let hint = did_you_mean(name, known.iter().copied())
            .map(|s| format!("; did you mean `{s}`?"))
            .unwrap_or_default();
        Err(RuntimeError::thrown(
            &class::MISSING_METHOD,
            format!("unknown helper method `{}.{name}`{hint}", self.name),
        ))
    }

    fn to_display(&self) -> String {
        self.name.to_string()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}
