[].inject { a, b -> a + b }
