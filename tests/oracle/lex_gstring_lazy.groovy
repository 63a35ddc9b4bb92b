def x = 1
def eager = "v=${x}"
def lazy = "v=${-> x}"
x = 2
[eager.toString(), lazy.toString()]
