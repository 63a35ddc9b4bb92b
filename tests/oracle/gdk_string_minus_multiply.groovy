['hello world' - 'o', 'hello' - 'xyz', 'aaa' - 'a', 'ab' * 3, 'ab' * 0, '-' * 10, 'a-b-c' - ~/-./, 'abc'.reverse(), 'hello'.count('l'), 'banana'.indexOf('an'), 'banana'.lastIndexOf('an')]
