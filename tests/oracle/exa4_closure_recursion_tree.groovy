def tree = [name: "root", children: [[name: "a", children: [[name: "a1", children: []], [name: "a2", children: [[name: "a2x", children: []]]]]], [name: "b", children: []]]]
def walk
walk = { node, int depth = 0 ->
    [("  " * depth) + node.name] + node.children.collectMany { walk(it, depth + 1) }
}
def count
count = { node -> 1 + (node.children.sum { count(it) } ?: 0) }
def depthOf
depthOf = { node -> node.children ? 1 + node.children.collect { depthOf(it) }.max() : 0 }
[walk(tree).join("\n"), count(tree), depthOf(tree)]
