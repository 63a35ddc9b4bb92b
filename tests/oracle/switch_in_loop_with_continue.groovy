def out = []; for (i in 1..6) { switch (i % 3) { case 0: continue; case 1: out << "one$i"; break; default: out << i } ; out << '|' }; out
