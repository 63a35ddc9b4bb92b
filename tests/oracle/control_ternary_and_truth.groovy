[[], [0], '', ' ', 0, 0.0, 1, null, [:], [a: null], 'false', new StringBuilder(), Boolean.FALSE].collect { it ? 'T' : 'F' }.join() + (null == false ? 'eq' : 'ne')
