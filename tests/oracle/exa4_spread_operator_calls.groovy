def names = replica.attachments*.filename
def upper = names*.toUpperCase()
def exts = names*.tokenize('.')*.last()
def sizesKb = replica.attachments*.filesize*.intdiv(1024)
def args = ["%s-%s", "a", "b"]
def formatted = String.format(*args)
def sum3 = { a, b, c -> a + b + c }
[upper, exts, sizesKb, formatted, sum3(*[1, 2, 3]), [*names, "extra"].size(), [a: 1, *: [b: 2]]]
