def known = (previous?.comments ?: [])*.id as Set
def fresh = replica.comments.findAll { !(it.id in known) && !it.internal }
fresh.each { c ->
  def who = c.author?.displayName ?: 'Unknown'
  issue.comments << [body: "[${who}] ${c.body}".toString(), remoteId: c.id]
}
println "added ${fresh.size()} of ${replica.comments.size()}"
issue.comments.collect { it.body }
