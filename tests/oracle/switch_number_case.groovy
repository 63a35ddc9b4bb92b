def r = []
switch (1) { case 1.0: r << 'bigdec'; break; default: r << 'no' }
switch (2L) { case 2: r << 'int-long'; break; default: r << 'no' }
switch ('x' as char) { case 'x': r << 'char'; break; default: r << 'no' }
r
