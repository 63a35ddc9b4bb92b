def (int x, int y) = [1, 2]
(x) = [3]
[x, y]
