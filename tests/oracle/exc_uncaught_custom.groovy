def x = 1
throw new IllegalArgumentException("bad value: $x")
