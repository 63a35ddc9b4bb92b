[0.1d + 0.2d, 1.0d / 3, 1.5f * 2, 10d / 4, 1e3d, 1.0e-5d, 100.0d, 123456789.0d, 1.0E10d, (float) 0.1, 2.5d.intValue(), (int) 3.99d, Math.round(2.5d), Math.round(-2.5d), Math.round(2.4f)]
