// outgoing: send only public comments, mask emails, cap attachments
replica.key = issue.key
replica.summary = issue.summary
replica.comments = issue.comments
    .findAll { !it.internal && !it.body.startsWith("[internal]") }
    .collect { c -> c + [body: c.body.replaceAll(/[\w.+-]+@[\w-]+\.[\w.]+/, "<email>")] }
replica.attachments = issue.attachments.findAll { it.filesize <= 10 * 1024 * 1024 }.sort { it.filename.toLowerCase() }
replica.description = issue.description?.replaceAll(/(?i)password\s*[:=]\s*\S+/, "password: ***")
[replica.comments*.id, replica.attachments*.filename, replica.description.readLines().size()]
