def describe(v) {
    if (v == null) return "null"
    if (v instanceof String) return "String(${v.size()})"
    if (v instanceof GString) return "GString"
    if (v instanceof Integer || v instanceof Long) return "whole:${v}"
    if (v instanceof BigDecimal) return "decimal:${v.scale()}"
    if (v instanceof Number) return "number"
    if (v instanceof Boolean) return "bool"
    if (v instanceof List) return "list:${v.size()}"
    if (v instanceof Map) return "map:${v.keySet().join('|')}"
    v.getClass().simpleName
}
def n = 3
def values = replica.customFields.collect { k, v -> v.value } + ["x${n}", 2L, 1.50, 2.5d, true, [1], [:]]
values.collect { describe(it).toString() }
