if (replica.labels*.trim().contains("no-sync")) {
    println "skipping ${replica.key}"
    return
}
issue.summary = replica.summary.trim()
synced = true
"done"
