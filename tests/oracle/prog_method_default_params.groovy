def greet(name, greeting = 'Hello', punct = '!') { "$greeting, $name$punct".toString() }
[greet('A'), greet('B', 'Hi'), greet('C', 'Yo', '?')]
