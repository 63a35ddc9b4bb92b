def r = replica
[
  r.components*.name,
  r.nonexistent*.name,
  r.nonexistent?.size(),
  r.comments*.author*.email,
  r.comments*.author?.email*.toLowerCase(),
  r.fixVersions*.releaseDate*.take(4),
  r.attachments?.find { it.filesize > 1e9 }?.filename ?: "none",
  r.customFields?.Sprint?.value?.getAt(0)?.name,
  r.customFields?."No Such"?.value?.getAt(0)?.name,
  (r.labels ?: []).size(),
  r.assignee?.with { "${displayName} <${email}>" }?.toString()
]
