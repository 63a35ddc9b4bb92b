def env = replica.customFields.Environment.value      // "Production / EU-West"
[
  env.split('/')*.trim(),
  env.tokenize(' /'),
  env.split(/\s*\/\s*/).join('|'),
  "a,,b,".split(','),
  "a,,b,".split(',', -1),
  "a,,b,".tokenize(','),
  "".split(','),
  "one two  three".split(' ').size(),
  "one two  three".split().size(),
  ['x', null, 3].join('-'),
  [].join(','),
  replica.labels.join(', ').toUpperCase(),
  env.toLowerCase().contains('prod'),
  "k1=v1;k2=v2".split(';').collectEntries { it.split('=') as List }
]
