def c = replica.comments.size()
def body = """
    Ticket:    ${replica.key}
    Status:    ${replica.status.name}
    Comments:  ${c}
""".stripIndent().trim()
def noIndent = """\
|Key: ${replica.key}
|Owner: ${replica.assignee?.displayName}""".stripMargin()
def custom = """#a
   #b""".stripMargin('#')
[body, noIndent, custom, body.readLines().size(), body.denormalize() == body]
