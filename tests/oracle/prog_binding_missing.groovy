def a = 1
a + undefinedThing
