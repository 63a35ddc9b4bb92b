def x = 5
