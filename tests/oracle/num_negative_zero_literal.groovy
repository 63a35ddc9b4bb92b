def a = [-0.0d, -0.0f, 0.0d * -1, -0.0d + 0, (-0.0d).toString(), "${-0.0d}", Math.abs(-0.0d), -0.0]
def z = 0.0d
def f = 0.0f
def b = [-z, -z + 0, -(0.0d), - 0.0d, -f, (-z).toString(), 1 / -0.0d == Double.NEGATIVE_INFINITY, -0.0d == 0.0d, -0.5d, -1e-300d * 1e-300d]
[a, b]
