def md = replica.description
def wiki = md.readLines().collect { line ->
    if (line.startsWith('### ')) return "h3. " + line.substring(4)
    if (line.startsWith('- ')) return "* " + line.substring(2)
    line.replaceAll(/@([\w-]+)/) { all, user -> "[~${user}]" }
        .replaceAll(/#(\d+)/, '[#$1|https://github.com/octo/shop/issues/$1]')
}.join('\n')
def refs = md.findAll(/#\d+/)*.substring(1)*.toInteger()
[wiki, refs, refs.sum(), md.readLines().count { it.isEmpty() }]
