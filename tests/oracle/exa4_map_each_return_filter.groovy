def out = []
replica.customFields.each { name, field ->
    if (field?.value == null) return
    if (name.startsWith("Remote")) return
    out << name.toLowerCase().replaceAll(/\W+/, "_")
}
def firstMap = replica.customFields.find { k, v -> v.value instanceof Map }?.key
def nonNull = replica.customFields.count { it.value?.value != null }
[out, firstMap, nonNull, replica.customFields.size()]
