def name = replica.key
def body = """\
Issue: ${name}
  Labels: ${replica.labels.join(', ')}
  Points: ${replica.customFields.'Story Points'.value}
"""
def single = '''line1
line2\tTabbed'''
def stripped = """
    |first
    |  second
    |third""".stripMargin()
def indented = """
        a
          b
        c""".stripIndent()
[body, body.readLines().size(), single.readLines(), stripped, indented, body.denormalize() == body, "a\r\nb".normalize()]
