def r = replica
[
  r?.assignee?.email?.toLowerCase(),
  r?.resolution?.name,
  r?.resolution?.name ?: "Unresolved",
  r.parentId?.toString()?.trim(),
  r.customFields?."Remote Key"?.value?.toUpperCase(),
  r.comments?.find { it.id == 999 }?.body?.size(),
  r.fixVersions?.first()?.name,
  r.issueLinks?.findAll { it.direction == 'outward' }*.otherIssueId,
  (r.labels ?: [])*.trim()?.first(),
  r.reporter?.getAt('displayName')
]
