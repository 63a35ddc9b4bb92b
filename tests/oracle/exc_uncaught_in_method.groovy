def check(v) {
  if (v == null) throw new IllegalArgumentException("value required")
  v * 2
}
println check(3)
println check(null)
