def l = [1, 2, 3, 4]; [l.sum(), l.sum() / l.size(), [1.5, 2.5].sum(), [].sum(), [1, 2L, 3.0].sum(), (l.sum() / l.size()).class.name, [0.1, 0.2, 0.3].sum(), ['a', 'b'].sum(), [[1], [2]].sum()]
