def handlers = [
    Bug  : { r -> [type: "Defect", sev: r.customFields.Severity?.value ?: "Sev-3"] },
    Story: { r -> [type: "Feature", points: r.customFields."Story Points"?.value] },
    (null): { r -> [type: "Task"] }
]
def handle = { r -> (handlers[r.type?.name] ?: handlers[null]).call(r) }
def results = [replica, replica + [type: [name: "Story"]], replica + [type: null], replica + [type: [name: "Epic"]]].collect(handle)
def viaCall = handlers.Bug(replica)
[results, viaCall == results[0], handlers.keySet().size()]
