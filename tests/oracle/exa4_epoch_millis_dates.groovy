def tz = TimeZone.getTimeZone("UTC")
def fmt = { long ms, String p -> def f = new java.text.SimpleDateFormat(p); f.setTimeZone(tz); f.format(new Date(ms)) }
def ms = replica.createdMillis as long
[fmt(ms, "yyyy-MM-dd"), fmt(ms, "HH:mm"), fmt(ms + 86400000L * 7, "dd/MM/yyyy"), fmt(0L, "yyyy-MM-dd'T'HH:mm:ss'Z'"), new Date(ms).time == ms]
