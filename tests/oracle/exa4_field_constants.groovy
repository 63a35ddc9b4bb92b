import groovy.transform.Field

@Field final String SYNC_LABEL = "exalated"
@Field static final Map<String, String> STATUS = ["Open": "New", "Done": "Closed"]
@Field int calls = 0

String tag(String s) {
    calls++
    "${SYNC_LABEL}:${s}"
}
def mapped = ["Open", "Done", "Other"].collect { STATUS[it] ?: tag(it) }
issue.labels = [SYNC_LABEL, tag(replica.key)]
[mapped, issue.labels, calls]
