def title = replica.milestone?.title
def ver = title?.replaceFirst(/^v/, '')
def parts = ver?.tokenize('.')?.collect { it.toInteger() } ?: [0]
def next = (parts.size() > 1 ? parts[0..-2] + [parts[-1] + 1] : parts).join('.')
def appVer = (replica.description =~ /(?m)^v(\d+)\.(\d+)\.(\d+)$/)
def semver = appVer ? appVer[0][1..3]*.toInteger() : []
issue.fixVersions = title ? [[name: ver]] : []
[ver, parts, next, semver, semver <=> parts, issue.fixVersions*.name]
