[1.getClass().simpleName, 1L.getClass().simpleName, 1G.getClass().simpleName, 1.0.getClass().simpleName,
 1.0G.getClass().simpleName, 1d.getClass().simpleName, 1f.getClass().simpleName,
 2147483648.getClass().simpleName, 99999999999999999999.getClass().simpleName,
 (1/2).getClass().simpleName, (1*2).getClass().simpleName, (1+2L).getClass().simpleName,
 (1+2.0).getClass().simpleName, (1+2d).getClass().simpleName, (2**3).getClass().simpleName,
 (2**40).getClass().simpleName, (2L**3).getClass().simpleName, (4**0.5).getClass().simpleName]
