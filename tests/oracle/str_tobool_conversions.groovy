['true', 'TRUE', 'false', 'yes', 'y', '1', '0', 'no', ' true ', 'on', ''].collect { [it, it.toBoolean()] }
