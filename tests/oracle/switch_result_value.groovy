def x = 'b'
switch (x) {
    case 'a': 'first'; break
    case 'b': 'second'; break
}
