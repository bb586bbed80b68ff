/**
 * Reviews written for the composer's tests (none is from a dataset): every kind, several kinds of
 * business, names, ratings and the awkward inputs a page can hand over.
 */
export interface TestReview {
  text: string;
  rating?: number;
  author?: string;
  platform?: string;
}

export const PRAISE: TestReview[] = [
  { text: 'The pancakes were light and fluffy and the garden terrace was a lovely spot for breakfast. Five stars.', rating: 5, author: 'Marta Jones' },
  { text: 'Spotless room, a really comfortable bed and the quietest night I have had in months.', rating: 5, author: 'Greg' },
  { text: 'The dentist was gentle and the receptionist fitted me in the same morning. Brilliant practice.', rating: 5 },
  { text: 'Great app, the budget charts are clear and syncing between my phone and laptop just works.', rating: 5, author: 'kevin_99', platform: 'googleplay' },
  { text: 'Our new boiler went in quickly and the fitter left the kitchen tidier than he found it.', rating: 5, author: 'Ruth Allen' },
  { text: 'Lovely shop, the linen shirt fits perfectly and the parcel came beautifully wrapped.', rating: 4 },
];

export const MIXED: TestReview[] = [
  { text: 'The lamb curry was delicious and the waiter was charming, but the dining room was freezing all evening.', rating: 3, author: 'Ibrahim Khan' },
  { text: 'Great location and a friendly front desk. Sadly the wifi kept dropping in our room.', rating: 4 },
  { text: 'Good app overall and the design is clean, but the export to spreadsheet feature has been broken for weeks.', rating: 3, platform: 'appstore' },
  { text: 'Nice haircut and a fair price, though the wait past my appointment time was long.', rating: 3, author: 'Pia' },
];

export const COMPLAINTS: TestReview[] = [
  { text: 'The shower ran cold on both mornings and nobody at reception seemed to care.', rating: 2, author: 'Dana Whitfield' },
  { text: 'Our food took over an hour to arrive and the chips were cold when they did.', rating: 1, author: 'Owen' },
  { text: 'The birthday cake we ordered was squashed in the box and the icing was smeared everywhere.', rating: 1, author: 'Leah Morris' },
  { text: 'Charged £240 for a call-out and the leak under the sink is still dripping.', rating: 1 },
  { text: 'Since the last update the app logs me out every time I switch screens.', rating: 1, platform: 'googleplay' },
  { text: 'The room we booked for our anniversary was given away and we ended up in a tiny twin room.', rating: 1, author: 'Helen' },
  { text: 'Waited forty minutes past my appointment and the nurse rushed the whole thing.', rating: 2 },
  { text: 'My parcel arrived a week late and the jumper inside had a hole in the sleeve.', rating: 2, author: 'Sofia Ruiz' },
  { text: 'The carpet in our room was stained and the bathroom smelled of damp.', rating: 2 },
  { text: 'I emailed three times about my refund and nobody ever replied.', rating: 1 },
];

export const HOSTILE: TestReview[] = [
  { text: 'You are a bunch of clowns and crooks. Avoid!!!', rating: 1 },
  { text: 'Scammers. Thieves. I will report you to trading standards and my lawyer will be in touch.', rating: 1, author: 'Angry Customer' },
  { text: 'The owner is a liar and the food is garbage, total rip-off run by idiots.', rating: 1 },
];

export const BAD_INPUT: TestReview[] = [
  { text: '', rating: 1 },
  { text: 'Meh', rating: 2 },
  { text: 'The breakfast was fine but the coffee machine was broken again. '.repeat(320), rating: 2 },
  { text: '😡😡😡🤮', rating: 1 },
  { text: 'Le service était lent et la chambre était sale.', rating: 2, author: 'Jean Dupont' },
  { text: 'الخدمة سيئة جدا', rating: 1 },
  { text: '⭐⭐⭐⭐⭐', rating: 5 },
];

export const ALL: TestReview[] = [...PRAISE, ...MIXED, ...COMPLAINTS, ...HOSTILE, ...BAD_INPUT];
