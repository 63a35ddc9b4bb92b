def d = replica.description
def md = d.replaceAll(/(?m)^h([1-6])\. /) { all, n -> '#' * (n as int) + ' ' }
          .replaceAll(/(?m)^\* /, '- ')
          .replaceAll(/\{code\}(.*?)\{code\}/) { all, c -> "`${c}`" }
def lines = md.readLines()
[md, lines.size(), lines.findAll { it.startsWith('- ') }.size(), md.contains('`curl'), d.count('*'), d.indexOf('{code}'), d.lastIndexOf('{code}')]
