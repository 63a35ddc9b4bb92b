def versions = replica.fixVersions*.name
def semver = { String v -> (v =~ /(\d+)\.(\d+)(?:\.(\d+))?/).with { it ? [it[0][1] as int, it[0][2] as int, (it[0][3] ?: '0') as int] : [0, 0, 0] } }
def cmp = { a, b -> def x = semver(a), y = semver(b); x[0] <=> y[0] ?: x[1] <=> y[1] ?: x[2] <=> y[2] }
def sorted = versions.sort(false, cmp)
[sorted, sorted.last(), versions.max(cmp), versions.collect(semver), versions.groupBy { semver(it)[0] }]
