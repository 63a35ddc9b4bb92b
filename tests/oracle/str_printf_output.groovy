printf('%s=%d%n', 'x', 5)
printf '%-5s|%5s|\n', 'ab', 'cd'
printf('%.1f%%\n', 99.44)
printf('no args\n')
printf('%s %s\n', ['a', 'b'] as Object[])
def args = [1, 2]
printf('%d+%d\n', *args)
'done'
