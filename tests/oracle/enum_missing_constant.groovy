// a constant that is not declared
enum Team { RED, BLUE }
println Team.RED
Team.GREEN
