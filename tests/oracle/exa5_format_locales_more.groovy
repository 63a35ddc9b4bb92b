def locs = [Locale.FRANCE, Locale.ITALY, Locale.UK, Locale.CANADA_FRENCH, new Locale('pl', 'PL'), new Locale('de', 'CH'), new Locale('nl', 'NL'), new Locale('sv', 'SE'), new Locale('es', 'ES'), new Locale('pt', 'BR'), Locale.JAPAN, new Locale('ru', 'RU')]
locs.collect { l -> [l.toString(), String.format(l, '%,.2f|%,d|%.3e|%s', 1234567.891d, 9876543, 0.000123d, 1.5)] }
