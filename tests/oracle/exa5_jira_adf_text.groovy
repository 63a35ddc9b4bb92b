def adf = [type: 'doc', content: [
    [type: 'paragraph', content: [[type: 'text', text: 'Hello '], [type: 'text', text: 'world', marks: [[type: 'strong']]]]],
    [type: 'bulletList', content: [[type: 'listItem', content: [[type: 'paragraph', content: [[type: 'text', text: 'one']]]]],
                                   [type: 'listItem', content: [[type: 'paragraph', content: [[type: 'text', text: 'two']]]]]]],
    [type: 'paragraph', content: []]]]
def render
render = { node, int depth ->
    switch (node.type) {
        case 'text':
            def t = node.text
            return node.marks?.any { it.type == 'strong' } ? "*${t}*" : t
        case 'listItem':
            return '* ' + node.content.collect { render(it, depth + 1) }.join('')
        case ['doc', 'bulletList']:
            return node.content.collect { render(it, depth + 1) }.join('\n')
        default:
            return (node.content ?: []).collect { render(it, depth + 1) }.join('')
    }
}
def out = render(adf, 0)
[out, out.readLines().size(), groovy.json.JsonOutput.toJson(adf.content[0].content[1])]
