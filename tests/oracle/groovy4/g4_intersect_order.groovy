// Groovy 4: intersect() keeps the elements and order of the receiver
// (Groovy 2.4 takes them from the argument). Expected output written for Groovy 4.
[[3, 1, 2].intersect([2, 3]), [1, 2, 2, 3].intersect([3, 2])]
