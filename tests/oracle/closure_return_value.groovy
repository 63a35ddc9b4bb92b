def f = { x ->
    if (x > 0) return 'pos'
    'non-pos'
}
[f(1), f(-1)]
