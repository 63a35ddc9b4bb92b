5.intdiv(0)
