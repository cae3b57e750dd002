// Nouns counted far more often than dated: a four-digit number right before one is an amount
// ("in 2000 deaths", "the 2000 troops"), not a year. Shared by the year readers.
export const COUNT_NOUNS =
  'people|persons|troops|soldiers|civilians|deaths|casualties|fighters|militants|members|refugees|migrants|' +
  'families|homes|houses|buildings|children|women|men|dollars|euros|pounds|km|kilometres|kilometers|miles|metres|' +
  'meters|tonnes|tons|rockets|missiles|drones|vehicles|tanks|personnel|operatives|countries|cases|votes|units|' +
  'cars|times|prisoners|detainees|hostages|residents|workers|students|sites|villages|attacks|strikes|rounds';
