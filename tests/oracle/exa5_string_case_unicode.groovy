def names = ['élodie', 'ÅSA', 'straße', 'i̇stanbul', 'ß', 'Ǆemal']
[names*.toUpperCase(), names*.toLowerCase(), names*.capitalize(), names*.size(), names.collect { it.reverse() },
 'Hello World'.toList().count { Character.isUpperCase(it as char) }, 'abc'.center(7, '-'), 'naïve café'.split(' ')*.length(),
 'tab\there'.expand(), 'a\tb'.contains('\t'), 'Ünïcödé'.toLowerCase().replaceAll(/[^a-z]/, '_')]
