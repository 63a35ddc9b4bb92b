def f(x) { def r = []; switch (x) { default: r << 'd'; case 1: r << 1; case 2: r << 2; break; case 3: r << 3 }; r }; [f(1), f(2), f(3), f(9)]
