[''.take(2), ''.capitalize(), ''.trim(), ''.reverse(), ''.tokenize(), ''.split(','), ''.padLeft(2, '0'), [].join(',')]
