// inside with { } names go to the delegate first, then the script
def tag = "from-script"
def result = replica.with {
    def local = "${key}/${status.name}"
    [local.toString(), summary.trim(), tag, labels.size()]
}
def sb = new StringBuilder()
sb.with {
    append(replica.key)
    append(':')
    append(replica.priority.name)
}
sb = sb.toString()
def m = [x: 1].with { put('y', 2); it }
[result, sb, m]
