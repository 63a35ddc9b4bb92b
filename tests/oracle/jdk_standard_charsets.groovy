import java.nio.charset.StandardCharsets
def b = "über".getBytes(StandardCharsets.UTF_8)
[b.length, new String(b, StandardCharsets.UTF_8), java.net.URLEncoder.encode("a b/ü", java.nio.charset.StandardCharsets.UTF_8.toString()), StandardCharsets.UTF_8.toString(), "x".getBytes(StandardCharsets.ISO_8859_1).length, "${StandardCharsets.US_ASCII}"]
