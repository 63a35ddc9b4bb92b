String norm(String s, String dflt = "n/a") { s?.trim() ?: dflt }
int toPoints(def v) { v == null ? 0 : (v as BigDecimal).setScale(0, java.math.RoundingMode.HALF_UP) as int }
List<String> splitTags(String raw, String sep = ";") { raw ? raw.split(sep)*.trim().findAll { it } : [] }
Map<String, Object> summary(Map r) { [key: r.key, title: norm(r.summary), points: toPoints(r.customFields?."Story Points"?.value)] }
boolean isUrgent(List labels) { labels.any { it.trim().equalsIgnoreCase("urgent") } }
long secs(int h, int m = 0) { h * 3600L + m * 60 }
[norm(replica.summary), norm(null), norm("  "), toPoints(2.5), toPoints("3.49"), toPoints(null), splitTags("a; b;;c"), splitTags(null), splitTags("x|y", "\\|"),
 summary(replica), isUrgent(replica.labels), secs(2), secs(1, 30)]
