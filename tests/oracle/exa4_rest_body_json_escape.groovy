import groovy.json.JsonOutput
def comment = replica.comments.last()
def body = JsonOutput.toJson([
    body: [type: "doc", version: 1, content: [[type: "paragraph", content: [[type: "text", text: comment.body]]]]],
    properties: [[key: "sd.public.comment", value: [internal: comment.internal]]]
])
def pretty = JsonOutput.prettyPrint(JsonOutput.toJson([key: replica.key, labels: replica.labels*.trim(), n: null, ok: true, ratio: 0.5]))
[body, pretty.readLines().size(), pretty.readLines()[1]]
