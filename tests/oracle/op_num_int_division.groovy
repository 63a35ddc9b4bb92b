[7 / 2, 7.intdiv(2), -7.intdiv(2), (7 / 2).class.name, 6 / 3, (6 / 3).class.name, 7 % 3, -7 % 3, 7 % -3, 1 / 3, 2 / 3, 10 / 4, 1L / 8, (1L / 8).class.name]
