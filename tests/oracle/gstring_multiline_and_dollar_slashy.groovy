def who = 'you'; def t = """Dear ${who},
  total: ${1 + 2}
"""; def d = $/path\to\${who} and $$ and /slash/ $who/$; [t, d, t.readLines().size(), /a$who/, /\w+/.class.name]
