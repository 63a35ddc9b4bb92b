def MAX = 40
def truncate = { String s, int max = MAX ->
    if (s == null) return null
    s = s.trim().replaceAll(/\s+/, ' ')
    s.length() <= max ? s : s.take(max - 1).replaceAll(/\s+\S*$/, '') + '…'
}
def summaries = [replica.summary, "A very long summary that certainly does not fit into forty characters", "   spaced    out   text   ", null, "x" * 45]
summaries.collect { truncate(it) }.collect { it == null ? null : [it, it.size()] }
