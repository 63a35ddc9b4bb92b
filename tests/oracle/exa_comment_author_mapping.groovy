def mapAuthor = { a ->
  if (a == null) return 'System'
  def email = a.email?.toLowerCase()
  switch (email) {
    case ~/.*@corp\.example/: return "Staff (${a.displayName})"
    case null: return a.displayName ?: 'Unknown'
    default: return 'External'
  }
}
replica.comments.collect { c -> [id: c.id, by: mapAuthor(c.author), internal: c.internal ?: false] }
