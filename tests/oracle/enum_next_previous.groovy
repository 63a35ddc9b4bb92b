// Groovy's next()/previous() on enums wrap around
enum Day { MON, TUE, WED }
[Day.MON.next(), Day.WED.next(), Day.MON.previous(), Day.TUE.previous()]
