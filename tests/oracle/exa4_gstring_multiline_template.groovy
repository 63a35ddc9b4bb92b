def c = replica.comments.findAll { !it.internal }
def body = """h3. ${replica.key}: ${replica.summary.trim()}
||Field||Value||
|Priority|${replica.priority?.name ?: '-'}|
|Reporter|${replica.reporter?.displayName}|
|Labels|${replica.labels*.trim().unique().join(', ')}|
|Comments|${c.size()}|
"""
def single = '''literal ${not} interpolated
second line'''
def rows = body.readLines().findAll { it.startsWith('|') && !it.startsWith('||') }
[body, rows.size(), single.readLines(), body.count('|')]
