def out = [:]
replica.customFields.each { name, cf ->
  def v = cf?.value
  def text
  switch (v) {
    case null: text = '-'; break
    case Map: text = v.value + (v.child ? "/${v.child.value}" : ''); break
    case List: text = v.collect { it instanceof Map ? it.name : it }.join(', '); break
    case Number: text = String.format('%.1f', v as double); break
    default: text = v.toString()
  }
  out[name] = text
}
def nonEmpty = out.findAll { k, v -> v != '-' }.keySet().sort()
[out, nonEmpty]
