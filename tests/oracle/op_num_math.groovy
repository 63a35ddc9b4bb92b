[Math.max(1, 2L), Math.min(1.5d, 2), Math.abs(-3), Math.floor(2.7d), Math.ceil(2.1d), Math.sqrt(16), Math.pow(2, 3), Math.floor(-2.5d), (int) Math.signum(-3.2d), Math.hypot(3, 4)]
