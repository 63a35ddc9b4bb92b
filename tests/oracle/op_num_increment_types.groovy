def a = 1; a++; def b = 1.5; b++; def c = 'a'; c++; def d = 9L; d--; def e = Integer.MAX_VALUE; e++; [a, b, c, d, d.class.name, e, e.class.name]
