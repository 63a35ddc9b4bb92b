def r = []
[{ Integer.parseInt(null) }, { Integer.valueOf(null) }, { Long.parseLong(null) }, { Long.valueOf(null) }, { Integer.parseInt(null, 16) }, { Double.parseDouble(null) }, { (null as String).toInteger() }].each { c ->
  try { r << c() } catch (e) { r << e.getClass().simpleName + ": " + e.message }
}
r
