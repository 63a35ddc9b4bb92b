String label(int n) { "n=" + n }
int twice(int n) { n * 2 }
[label(3), twice(4), twice(4).getClass().simpleName]
