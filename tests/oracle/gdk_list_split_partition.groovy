def l = [1, 2, 3, 4, 5]; def (even, odd) = l.split { it % 2 == 0 }; [even, odd, l.split { it > 2 }, l.sum() as String, l.toListString()]
