// Syntax coverage (numbers): parsed and run like Groovy's own parser
[1_000L, 1.5G, 0x1F, 0b101, 077, 1e3d, 1.0f, 1_0.0_1, 0xFFL, 10i, 2g, 1e-2, 1.5e+2]
