def r = []
r << 7 / 2L
r << 7L / 2
r << 7G / 2
r << 7 / 2d
r << 7f / 2
r << 7.0 / 2
r << 1 / 3G
r << 10 / 3.0
r << -10 / 4
r << 0.1 / 0.3
r << 1e2 / 3
r << 2 / 1e-2
r << 123.456 / 1000
r << 5 / 5
r << 1 / 1024
r.collect { "${it}:${it.getClass().simpleName}" }
