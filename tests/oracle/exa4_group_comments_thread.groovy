def comments = [
  [id: 1, parent: null, body: "Question"],
  [id: 2, parent: 1, body: "Answer"],
  [id: 3, parent: 2, body: "Thanks"],
  [id: 4, parent: null, body: "Other"],
  [id: 5, parent: 1, body: "Alt answer"]
]
def children = comments.groupBy { it.parent }
def render
render = { parentId, depth ->
    (children[parentId] ?: []).collectMany { c -> ["${'  ' * depth}- ${c.body}".toString()] + render(c.id, depth + 1) }
}
[render(null, 0).join('\n'), children.keySet().collect { it ?: 'root' }, children[1]*.id]
