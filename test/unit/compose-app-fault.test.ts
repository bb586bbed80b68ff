import { describe, expect, it } from 'vitest';
import { composeReply } from '@/lib/compose';
import { appFaultOf, cannotDo } from '@/lib/compose/app-fault';
import { actionOptions, categoryOf } from '@/lib/compose/actions';
import type { ReviewAspect } from '@/lib/compose/reading-types';
import { defaultSettings } from '@/lib/settings/schema';

// Reviews written for these tests (never corpus text).
describe('what went wrong with an app, when the review says it only as a verb', () => {
  it.each([
    ['The browser crashes several times a day now.', 'the app has been crashing'],
    ['Keeps freezing on the map screen.', 'the app has been freezing'],
    ['Please sort it out, the thing keeps shutting down mid-booking.', 'the app has been crashing'],
    ['It closes by itself halfway through a booking.', 'the app has been crashing'],
    ['Every few minutes it stops responding.', 'the app has been freezing'],
    ['Video used to play in the background but doesn\'t anymore.', 'the app has not been working for you'],
    ['Sync no longer works on my tablet.', 'the app has not been working for you'],
    ['Each map takes so much time to load up.', 'the app has been so slow'],
    ['1. Too slow 2. Too heavy', 'the app has been so slow'],
    ['This is the slowest thing I have installed.', 'the app has been so slow'],
    ['Heavy and slow on my old phone.', 'the app has been so slow'],
    ['Sooooo slow since the last update.', 'the app has been so slow'],
    ['It takes forever to load my inbox.', 'the app has been so slow'],
    ['Often takes over 40 secs for the map to load.', 'the app has been so slow'],
    ["Won't load any page since the update.", 'the app has not been working for you'],
    ['It does not even open on my tablet.', 'the app has not been working for you'],
    ['Cannot log in at all this week.', 'the app has not let you log in'],
    ["cant use after the update", 'the app has not been working for you'],
    ['Since Monday I cannot use it.', 'the app has not been working for you'],
    ['Still slow after the last three updates.', 'the app has been so slow'],
    ['Slow. Really needs work.', 'the app has been so slow'],
    ['The map crawls on my phone.', 'the app has been so slow'],
    ['It keeps restarting in the middle of a trip.', 'the app has been crashing'],
    ['Restarts itself when I switch apps.', 'the app has been crashing'],
    ['Its slow on every trip.', 'the app has been so slow'],
    ['Sloooooow to find a car.', 'the app has been so slow'],
    ['Force close message every morning.', 'the app has been crashing'],
    ['Nothing loads on my old tablet.', 'the app has not been working for you'],
    ['Map sometime not load in the city.', 'the app has not been working for you'],
    ['The booking page refuses to load on wifi.', 'the app has not been working for you'],
    // an adverb or a list before "slow", "stuck" after a verb, "broken"
    ['Painfully heavy now and unbelievably slow on my phone.', 'the app has been so slow'],
    ['Bloated, slow, full of prompts.', 'the app has been so slow'],
    ['Opened it twice and it was stuck on a white page.', 'the app has been freezing'],
    ['It broke after the weekend update.', 'the app has not been working for you'],
    ['Search is totally broken for me.', 'the app has not been working for you'],
    // what it costs the phone: battery, space, memory
    ['It has been chewing through my battery since March.', 'the app has been draining your battery'],
    ['Uses way more battery than anything else I have.', 'the app has been draining your battery'],
    ['Massive battery drain overnight.', 'the app has been draining your battery'],
    ['It occupies 400 MB of storage for a car booking app.', 'the app has been taking up so much space'],
    ['I keep clearing photos to make space for it.', 'the app has been taking up so much space'],
    ['Way too big for what it does.', 'the app has been taking up so much space'],
    ['It eats a lot of memory with two tabs open.', 'the app has been using so much memory'],
    // what it asks to reach on the phone
    ['Why does it need access to my contacts and call logs?', 'the app has asked for permissions that worried you'],
    ['It keeps asking permission to record audio.', 'the app has asked for permissions that worried you'],
    // an account it will not let them into, or throws them out of
    ['Keeps logging me out every time I open it.', 'the app has been logging you out'],
    ['It signs me out for no reason.', 'the app has been logging you out'],
    ["Since Friday it won't let me sign in.", 'the app has not let you log in'],
    ['Unable to login with my new password.', 'the app has not let you log in'],
    // slowness said with a misspelt or plain adjective, or as long load times
    ['Unbelieveable slow on my tablet.', 'the app has been so slow'],
    ['Way to slow for a simple shopping list.', 'the app has been so slow'],
    ['Terrible page load times on wifi.', 'the app has been so slow'],
    ['Since March the loading is taking way too long.', 'the app has been so slow'],
    ['It takes a lot of time to load my list.', 'the app has been so slow'],
    ['The map tends to hang when I zoom.', 'the app has been freezing'],
  ])('%s → %s', (review, statement) => {
    expect(appFaultOf(review)?.statement).toBe(statement);
  });

  it.each([
    ['No crashes so far, works great.'],
    ['It never freezes, unlike the old one.'],
    ['Used to crash but that is fixed now.'],
    ['Pages do not open quickly on mobile data.'],
    ['Lovely app, easy to book.'],
    ['It takes two taps to open a new tab.'],
    ['You cannot use the voucher twice, which is fair.'],
    ['The shop closes by 6 on Sundays.'],
    ['It never shuts down on me any more.'],
    ['I no longer worry about my bookings.'],
    ['Slow motion video works nicely.'],
    ['I restart my phone every night.'],
    ['I was stuck in traffic, but the app got me a car in minutes.'],
    ['Never broken once in a year of use.'],
    ['Barely touches the battery, and it charges my car too.'],
    ['Great battery life on my tablet.'],
    ['Takes up very little space on my phone.'],
    ['It does not use much memory at all.'],
    ['The space bar on the keyboard is big and easy to hit.'],
    ['Wasted space on the new tab screen with sponsored tiles.'],
    ['I logged out and back in and all my trips were there.'],
    ['Signing in takes one tap with my fingerprint.'],
    ['Works fine even on my slow connection.'],
    ['We hang out on the forum a lot.'],
  ])('%s → nothing', (review) => {
    expect(appFaultOf(review)).toBeUndefined();
  });

  it('answers an app\'s fault said in a word or two ("Too slow", "Keeps crashing"); a word or two with no fault stays general', () => {
    const business = defaultSettings().business;
    const reply = (text: string) => composeReply({ review: { text, rating: 1 }, business, variant: 'standard', platform: 'googleplay' });
    expect(reply('Too slow').text).toMatch(/sorry the app has been so slow/);
    expect(reply('Keeps crashing').text).toMatch(/sorry the app has been crashing/);
    expect(reply('Slow').text).toMatch(/sorry the app has been so slow/);
    expect(reply('Too slow').generic).toBeUndefined();
    // positive control: as short, with no fault said, the honest general reply says why
    expect(reply('Not impressed').generic).toMatch(/too short/);
    expect(reply('Terrible').generic).toMatch(/single word/);
  });

  it('offers actions for the fault itself where the app as a whole is at fault, never "add the app to our tests"', () => {
    const business = defaultSettings().business;
    const options = (text: string) => composeReply({ review: { text, rating: 1 }, business, variant: 'standard', platform: 'googleplay' }).actions[0]!.options.map((o) => o.base);
    expect(options('Keeps crashing when I open a map.')).toEqual(['pass your crash report to our developers', 'release a fix for the crashes', 'add a test for this crash to every release check']);
    expect(options('So slow since last week.')).toEqual(['pass your report on the slowness to our developers', 'release an update that speeds up loading', 'add a speed test to every release check']);
    expect(options('Nothing loads on my phone.')).toEqual(['pass your report to our developers', 'look into why it stopped working for you', 'release a fix for the fault']);
    // positive control: a part of the app keeps the part's own options
    expect(options('The bookmarks keep vanishing after each sync.')).toContain('release a fix for the bookmarks');
  });

  it('an update faulted with no fault said is "the latest update has caused you trouble", not "sorry about the latest update"', () => {
    const business = defaultSettings().business;
    const text = 'Hate the new update. Put it back how it was.';
    const start = text.indexOf('update');
    const update: ReviewAspect = { text: 'the update', polarity: 'negative', weight: 1, start, end: start + 'update'.length };
    const r = composeReply({ review: { text, rating: 1 }, reading: { kind: 'complaint', domain: 'app', aspects: [update], mainComplaint: update, rating: 1 }, business, variant: 'standard', platform: 'googleplay' });
    expect(r.text).toMatch(/sorry the latest update has caused you trouble/);
    // positive control: with the fault said, the fault is what is apologised for, since the update
    const crash = 'Crashes all the time since the update.';
    const at = crash.indexOf('update');
    const since: ReviewAspect = { text: 'the update', polarity: 'negative', weight: 1, start: at, end: at + 'update'.length };
    expect(composeReply({ review: { text: crash, rating: 1 }, reading: { kind: 'complaint', domain: 'app', aspects: [since], mainComplaint: since, rating: 1 }, business, variant: 'standard', platform: 'googleplay' }).text).toMatch(/sorry the app has been crashing since the update/);
  });

  it('takes the first fault the review states, and says it of the thing the review calls it', () => {
    const f = appFaultOf('Slow to start, and then it crashes.', 'the browser');
    expect(f).toMatchObject({ statement: 'the browser has been so slow', start: 0 });
  });

  it('gives an app complaint with no thing named its specific apology; a hotel review never gets one', () => {
    const business = defaultSettings().business;
    const app = composeReply({ review: { text: 'It crashes every time I open it. Useless.', rating: 1 }, business, variant: 'standard', platform: 'googleplay' });
    expect(app.text).toMatch(/sorry the app has been crashing/);
    expect(app.text).not.toMatch(/did not get it right|let you down\./);
    const browser = composeReply({ review: { text: 'Terrible browser, far too slow on every site.', rating: 1 }, business, variant: 'standard', platform: 'googleplay' });
    expect(browser.text).toMatch(/sorry the browser has been so slow/);
    // positive control: the same words about a hotel are not an app's fault
    const hotel = composeReply({ review: { text: 'It was all far too slow, and then it crashed. Awful.', rating: 2 }, business, variant: 'standard', platform: 'tripadvisor' });
    expect(hotel.text).not.toMatch(/has been crashing|has been so slow/);
  });

  it('apologises for what went wrong since an update, not for the update itself', () => {
    const business = defaultSettings().business;
    const compose = (text: string) => composeReply({ review: { text, rating: 1 }, business, variant: 'standard', platform: 'googleplay' }).text;
    expect(compose('Since the latest update the app crashes every time I open a video.')).toMatch(/sorry the app has been crashing since the update\./);
    expect(compose('This new version is painfully slow on my phone.')).toMatch(/sorry the app has been so slow in the latest version\./);
    // positive control: an update with no fault said of it is still named, as the latest one
    expect(compose('I hate the new update. Bring back the old design.')).toMatch(/the latest update/);
    expect(compose('I hate the new update. Bring back the old design.')).not.toMatch(/since the update|latest version/);
  });

  it('hopes the app keeps working only when the review is about how the app works', () => {
    const business = defaultSettings().business;
    const compose = (text: string) => composeReply({ review: { text, rating: 5 }, business, variant: 'standard', platform: 'googleplay' }).text;
    const aboutPeople = [
      'Kind people on the helpline, and every car is spotless.',
      'The support team sorted out my booking within minutes. Great people.',
      'Lovely clean cars, easy pick-up points and kind staff.',
      'Great value rentals and the staff on the phone were patient with me.',
      'The car was spotless and the pick-up point was easy to find.',
      'Customer service went out of their way to help after a flat tyre.',
      'Always a clean car waiting for me, and helpful staff when I call.',
      'Very reasonable prices and a friendly team answering the hotline.',
    ];
    for (const review of aboutPeople) expect(compose(review), review).not.toMatch(/app (keeps )?working/);
    // positive control: reviews about the app's own working get that hope among their closings
    const aboutApp = [
      'The app never crashes and the booking screen is quick.',
      'Smooth app, the login is fast and the map loads instantly.',
      'Since the last update the app is quicker and the buttons are clearer.',
      'The app works perfectly, the notifications are helpful and the screens are clear.',
      'Great app, the booking page is simple and the settings are easy to find.',
      'The app is fast and the search feature finds a car in seconds.',
      'Love the new version of the app, the interface is much cleaner.',
      'Reliable app, the login screen remembers me and the map is accurate.',
    ];
    expect(aboutApp.some((review) => /app (keeps )?working/.test(compose(review)))).toBe(true);
  });

  it('a screen the app froze or crashed on is said with the fault, not apologised for as a thing', () => {
    const business = defaultSettings().business;
    const compose = (text: string) => composeReply({ review: { text, rating: 1 }, business, variant: 'standard', platform: 'googleplay' }).text;
    expect(compose('Cannot get in any more because it freezes on the login screen every morning.')).toMatch(/sorry the app has been freezing on the login screen\./);
    expect(compose('Cannot get in any more because it freezes on the login screen every morning.')).not.toMatch(/sorry about the (login )?screen/);
    // the screen is where, not what failed: never thanked for "raising the screen", and the action is for the app
    const frozen = composeReply({ review: { text: 'So annoying: I cannot use it any more since it freezes at the splash screen', rating: 1 }, business, variant: 'standard', platform: 'googleplay' });
    expect(frozen.text).toMatch(/freezing at the splash screen/);
    expect(frozen.text).not.toMatch(/(about|raising|clear about) the (splash )?screen/);
    expect(frozen.actions.map((a) => a.aspect)).toEqual(['the app']);
    // positive control: a screen faulted without a crash is still named as the reviewer named it
    expect(compose('The login screen is confusing and the buttons are tiny.')).toMatch(/the (login )?screen/);
    expect(compose('The login screen is confusing and the buttons are tiny.')).not.toMatch(/freezing|crashing/);
  });

  it('slow, jumpy scrolling is the app being slow, not "sorry about the scrolling"', () => {
    const business = defaultSettings().business;
    const r = composeReply({ review: { text: 'Very slow to respond, with jumpy scrolling on long pages.', rating: 2 }, business, variant: 'standard', platform: 'googleplay' });
    expect(r.text).toMatch(/sorry the app has been so slow to scroll\./);
    expect(r.text).not.toMatch(/about the scrolling/);
    // positive control: scrolling faulted in words of its own is said as the reviewer said it
    const own = composeReply({ review: { text: 'The scrolling is laggy and jumpy on every long page.', rating: 2 }, business, variant: 'standard', platform: 'googleplay' });
    expect(own.text).toMatch(/sorry the scrolling was laggy/);
  });

  it('a page slow to load is the app being slow, said with what it loads, not "sorry about the page"', () => {
    const business = defaultSettings().business;
    const r = composeReply({ review: { text: 'Rubbish, it takes ages to load each page.', rating: 1 }, business, variant: 'standard', platform: 'googleplay' });
    expect(r.text).toMatch(/sorry the app has been so slow to load pages\./);
    expect(r.text).not.toMatch(/about the page/);
    expect(r.actions.map((a) => a.aspect)).toEqual(['the app']);
  });

  it('answers a review of a browser about the browser, never "the app" it did not say', () => {
    const business = defaultSettings().business;
    const compose = (text: string) => composeReply({ review: { text, rating: 5 }, business, variant: 'standard', platform: 'googleplay' }).text;
    const browser = compose('Love this browser, the tabs are quick and the reader view is clean.');
    expect(browser).toMatch(/the browser/);
    expect(browser).not.toMatch(/the app\b/);
    // positive control: a review that says "app" is answered about the app
    expect(compose('Love this app, the tabs are quick and the reader view is clean.')).toMatch(/the app\b/);
  });

  it('never thanks for the thing the apology is about: "liked the browser until the updates … it crashes"', () => {
    const business = defaultSettings().business;
    const text = 'Loved the browser until recent updates. Now the browser crashes many times a day.';
    const r = composeReply({ review: { text, rating: 2 }, business, variant: 'standard', platform: 'googleplay' }).text;
    expect(r).toMatch(/sorry the browser has been crashing/);
    expect(r).not.toMatch(/(words about|liked|enjoyed|loved) the browser/);
  });

  it('an app version or update faulted with no fault to say is the latest one, never "sorry about the version"', () => {
    const business = defaultSettings().business;
    const text = 'Current version is dreadful with several tabs open - it keeps jumping between them.';
    const version: ReviewAspect = { text: 'the version', polarity: 'negative', weight: 1, start: text.indexOf('version'), end: text.indexOf('version') + 7 };
    const r = composeReply({ review: { text, rating: 1 }, reading: { kind: 'complaint', domain: 'app', aspects: [version], mainComplaint: version, rating: 1 }, business, variant: 'standard' });
    expect(r.text).toMatch(/sorry the latest version has caused you trouble/);
    expect(r.text).not.toMatch(/about the version/);
    // positive control: in a hotel the same words are not an app's release
    const hotel = composeReply({ review: { text, rating: 1 }, reading: { kind: 'complaint', domain: 'hotel', aspects: [version], mainComplaint: version, rating: 1 }, business, variant: 'standard' });
    expect(hotel.text).not.toMatch(/latest version/);
  });

  it('the phone or system the app ran on, or the app by its brand, is where the fault happened, never "sorry about the android"', () => {
    const business = defaultSettings().business;
    const compose = (text: string) => composeReply({ review: { text, rating: 2 }, business, variant: 'standard', platform: 'googleplay' }).text;
    const android = compose('Brilliant on my laptop, awful on android. So slow that I gave up.');
    expect(android).toMatch(/sorry the app has been so slow on Android\./);
    expect(android).not.toMatch(/about the android/i);
    // read as the main complaint: the device where it crashed, the brand with no fault said
    const asMain = (text: string, word: string) => {
      const at = text.indexOf(word);
      const thing: ReviewAspect = { text: `the ${word}`, polarity: 'negative', weight: 1, start: at, end: at + word.length };
      return composeReply({ review: { text, rating: 1 }, reading: { kind: 'complaint', domain: 'app', aspects: [thing], mainComplaint: thing, rating: 1 }, business, variant: 'standard' }).text;
    };
    expect(asMain('It crashes on both my phones every evening.', 'phones')).not.toMatch(/about the phones/);
    const device = asMain('It crashes on my phone every single evening.', 'phone');
    expect(device).toMatch(/sorry the app has been crashing on your phone\./);
    expect(device).not.toMatch(/about the phone/);
    const brand = asMain('Such a pity that firefox has gone this way.', 'firefox');
    expect(brand).not.toMatch(/the firefox/i);
    // positive control: a part of the app faulted the same way is named
    expect(asMain('The sidebar on my phone is a mess.', 'sidebar')).toMatch(/about the sidebar/);
    expect(compose('The bookmarks menu on my phone is a mess and the reader view is broken.')).toMatch(/sorry about the (bookmarks )?menu/);
  });

  it('"the battery", "the space" are said as what the app takes from the phone, with actions for that', () => {
    const business = defaultSettings().business;
    const r = composeReply({ review: { text: 'Recently it has been guzzling my battery, way more battery than my maps app. Please fix.', rating: 2 }, business, variant: 'standard', platform: 'googleplay' });
    expect(r.text).toMatch(/sorry the app has been draining your battery\./);
    expect(r.text).not.toMatch(/sorry about the battery/);
    expect(r.text).toMatch(/about the battery drain, and when\]/);
    expect(r.actions[0]?.options.map((o) => o.base)).toContain('release an update that uses less battery');
    const space = composeReply({ review: { text: 'Not very useful and it takes huge space on my phone.', rating: 1 }, business, variant: 'standard', platform: 'googleplay' });
    expect(space.text).toMatch(/sorry the app has been taking up so much space\./);
    expect(space.text).not.toMatch(/sorry about the space/);
    expect(space.text).toMatch(/about the space it takes up, and when\]/);
  });

  it('a reply to a review too short to read says "your time with the app" once, not in the apology and again in the ask', () => {
    const business = defaultSettings().business;
    const replies = ['Meh.', 'Nope', 'Rubbish', 'Not for me.', 'Useless', 'Hmm'].map((text) => composeReply({ review: { text, rating: 1 }, business, variant: 'standard', platform: 'googleplay' }).text);
    for (const r of replies) expect(r.match(/your time with the app/g)?.length ?? 0).toBeLessThanOrEqual(1);
    // positive control: the apology says it for some and the ask for others
    expect(replies.some((r) => /sorry your time with the app fell short/.test(r))).toBe(true);
    expect(replies.some((r) => /hear more about your time with the app/.test(r))).toBe(true);
  });
  it('an account the app throws them out of is said as that, with actions for signing in; a price faulted is named', () => {
    const business = defaultSettings().business;
    const r = composeReply({ review: { text: 'It keeps logging me out, so I lose my booking every time.', rating: 1 }, business, variant: 'standard', platform: 'googleplay' });
    expect(r.text).toMatch(/sorry the app has been logging you out\./);
    expect(r.text).toMatch(/about the sign-in fault, and when\]/);
    expect(r.actions[0]?.options.map((o) => o.base)).toEqual(['pass your report on the sign-in fault to our developers', 'check your account with you so you can sign in again', 'release a fix for the sign-in fault']);
    // "pricing" and "subscription" are what the business charges, named where faulted
    const price = composeReply({ review: { text: 'The new pricing is a rip off and there is never a car near me.', rating: 2 }, business, variant: 'standard', platform: 'googleplay' });
    expect(price.text).toMatch(/sorry about the pricing\./);
    const excess = composeReply({ review: { text: 'Decent service. Pricing is ok but the insurance excess is way too high.', rating: 3 }, business, variant: 'standard', platform: 'googleplay' });
    expect(excess.text).toMatch(/sorry about the insurance excess\./);
    // positive control: a review that says no more than "a rip off" is not given a thing it did not name
    expect(composeReply({ review: { text: 'What a rip off.', rating: 1 }, business, variant: 'standard', platform: 'googleplay' }).text).not.toMatch(/the pricing/);
  });
  it('a thing that broke down or got stuck is a fault the reply names, even beside a main complaint it cannot name', () => {
    const business = defaultSettings().business;
    const reply = (text: string) => composeReply({ review: { text, rating: 1 }, business, variant: 'standard', platform: 'googleplay' }).text;
    expect(reply('Worst experience ever. The car broke down halfway and nobody from support picked up the phone for an hour.')).toMatch(/sorry about the car/);
    // positive control: a car that did nothing wrong is not apologised for
    expect(reply('Worst experience ever. The car was there on time but nobody from support picked up the phone for an hour.')).not.toMatch(/sorry about the car/);
  });
  it('says back no "job team" or "abit", and offers no subscription refund the app may not have', () => {
    const business = defaultSettings().business;
    const reply = (text: string, rating: number) => composeReply({ review: { text, rating }, business, variant: 'standard', platform: 'googleplay' });
    const praise = reply('super fast delivery n the tracking is accurate, can see the rider moving. good job team', 5).text;
    expect(praise).not.toMatch(/job team/);
    const brakes = reply('nice ride, smooth. brakes on some scooter abit weak tho pls check. 4 stars', 4).text;
    expect(brakes).not.toMatch(/\babit\b/);
    const options = reply('The verification of my licence has been pending for two weeks. Useless.', 1).actions.flatMap((a) => a.options.map((o) => o.base));
    expect(options.join(' | ')).not.toMatch(/subscription/);
    // nothing was paid for in the review: no refund of a charge it never mentions
    expect(options.join(' | ')).not.toMatch(/refund/);
    const paid = reply('The verification of my licence has been pending for two weeks, and I have already paid. Useless.', 1).actions.flatMap((a) => a.options.map((o) => o.base));
    expect(paid).toContain('refund what you were charged');
    // positive control: people by where they work are still said ("the reception staff")
    expect(composeReply({ review: { text: 'The reception staff were so kind to us all week.', rating: 5 }, business, variant: 'standard' }).text).toMatch(/reception staff/);
  });
  it('names groceries the way it names dishes: "sorry about the meat" for expired meat delivered', () => {
    const business = defaultSettings().business;
    const text = 'chicken was expired by 2 days when delivered. smell so bad. contacted support they say pls send photo, i send, no reply after that. how can sell expired meat, health risk';
    const r = composeReply({ review: { text, rating: 1 }, business, variant: 'standard', platform: 'googleplay' }).text;
    expect(r).toMatch(/sorry about the meat/);
    expect(r).not.toMatch(/sorry you have had no reply/);
  });
  it('a delivery or ride app\'s praise is said back: the rider, the promos, the tracking', () => {
    const business = defaultSettings().business;
    const reply = (text: string) => composeReply({ review: { text, rating: 5 }, business, variant: 'standard', platform: 'googleplay' }).text;
    expect(reply('food came hot and 10 min earlier than estimate!! rider very nice also')).toMatch(/the rider/);
    expect(reply('love the promos every weekend, so many restaurant choices')).toMatch(/the promos/);
    expect(reply('super fast delivery n the tracking is accurate, can see the rider moving')).toMatch(/the tracking/);
  });
  it('a near miss is a safety matter: the thing that failed is named first and safety said, even in a store\'s short reply', () => {
    const business = defaultSettings().business;
    const text = "The scooter's throttle cut out in the middle of the road and I almost got hit by a bus. Reported it immediately. Their response: a 2 dollar credit. Also the ride wasn't ended because the scooter died so it kept charging me for 40 min until I called.";
    const r = composeReply({ review: { text, rating: 1 }, business, variant: 'standard', platform: 'googleplay' }).text;
    expect(r).toMatch(/sorry about the throttle/);
    expect(r).toMatch(/safety/);
    // positive control: the same fault without a near miss is not answered as a safety matter
    const plain = composeReply({ review: { text: "The scooter's throttle cut out in the middle of the road. Reported it immediately. Their response: a 2 dollar credit.", rating: 1 }, business, variant: 'standard', platform: 'googleplay' }).text;
    expect(plain).not.toMatch(/safety/);
    // what they had with them when it was dangerous is theirs, never the thing at fault
    const stroller = composeReply({ review: { text: 'The only way up to our floor was a steep temporary ramp. With a stroller it was very dangerous. The breakfast was fine.', rating: 1 }, business, variant: 'standard' }).text;
    expect(stroller).not.toMatch(/the stroller/);
    expect(stroller).toMatch(/safety/);
  });
  it('a brake that failed and a near miss: the scooter is named, not the car they nearly hit; a drunk driver is serious harm', () => {
    const business = defaultSettings().business;
    const reply = (text: string) => composeReply({ review: { text, rating: 1 }, business, variant: 'standard', platform: 'googleplay' }).text;
    const brake = reply('scooter brake not working, almost crashed into a car at the junction. reported in app, they charged me for the ride anyway plus the unlock fee.');
    expect(brake).toMatch(/sorry about the scooter/);
    expect(brake).toMatch(/safety/);
    expect(brake).not.toMatch(/the car/);
    const drunk = reply('THE DRIVER WAS DRUNK. I had to ask him to stop and get out on the highway at night. Reported with the plate number.');
    expect(drunk).toMatch(/serious/);
    // positive control: a driver who was only late is no serious matter
    expect(reply('The driver was late and the car was dirty.')).not.toMatch(/serious/);
  });

  it('under a store\'s tight limit the promise to a reviewer we never answered goes before the disputed charge does', () => {
    const business = { ...defaultSettings().business, name: 'RideWell' };
    const text = "charged me 150 dollar 'cleaning fee' for sand on the floor mat. SAND. it was like that when i picked it up and i have photos. support just copy paste same reply 3 times. never again";
    const r = composeReply({ review: { text, rating: 1 }, business, variant: 'standard', platform: 'googleplay' }).text;
    expect(r).toMatch(/sorry about the charge of 150 dollar/);
  });
  it('staff who let the reviewer down are not said to have mistreated them unless the review says how they treated them', () => {
    const business = defaultSettings().business;
    const pin = composeReply({ review: { text: 'mostly good. sometimes the pin location is way off in my condo so driver go to wrong gate. pls fix', rating: 4 }, business, variant: 'standard', platform: 'googleplay' }).text;
    expect(pin).not.toMatch(/treated|courtesy|welcome you should have had/);
    expect(pin).toMatch(/our driver let you down|trouble you had with our driver/);
    // positive control: a rude receptionist is how they were treated
    const rude = composeReply({ review: { text: 'The receptionist ignored us for ten minutes and then shouted at my son.', rating: 1 }, business, variant: 'standard', platform: 'google' }).text;
    expect(rude).toMatch(/treated|courtesy|welcome you should have had/);
    const unsupportive = composeReply({ review: { text: 'The front desk staff were not supportive at all. We asked for an extra bed and were given nothing.', rating: 1 }, business, variant: 'standard', platform: 'google' }).text;
    expect(unsupportive).toMatch(/treated|courtesy|welcome you should have had/);
    const turnedAway = composeReply({ review: { text: 'We arrived at 11pm after a long flight and the receptionist said they had overbooked and turned us away.', rating: 1 }, business, variant: 'standard', platform: 'google' }).text;
    expect(turnedAway).toMatch(/treated|courtesy|welcome you should have had/);
  });
  it('staff who let the reviewer down without mistreating them get actions on what went wrong, not on courtesy', () => {
    const business = defaultSettings().business;
    const actionsFor = (text: string, platform: string) => composeReply({ review: { text, rating: 2 }, business, variant: 'standard', platform }).actions.find((a) => a.category === 'staff')!.options.map((o) => o.base);
    const cancelled = actionsFor('Drivers accept the booking and then cancel it after ten minutes. Three trips lost this month.', 'googleplay');
    expect(cancelled).toEqual(['look into what went wrong with the drivers', 'go over what happened with the team involved']);
    // positive control: rudeness is answered with how we treat people
    const rude = actionsFor('The cashier was rude to my mother and laughed at her.', 'google');
    expect(rude).toContain('arrange customer-care training for the team');
  });
  it('a room given away to an overbooking is a booking that failed: the booking is looked into and refunded, not the room repaired', () => {
    const business = defaultSettings().business;
    const actionsOf = (text: string) => composeReply({ review: { text, rating: 1 }, business, variant: 'standard', platform: 'tripadvisor' }).actions[0]!.options.map((o) => o.base);
    expect(actionsOf('Arrived with our confirmation at midnight and were told they had overbooked. No room. We drove another hour to find a bed.')).toEqual(['look into what went wrong with your booking', 'add a second check to every booking', 'refund the booking']);
    // a thing with the booking in its name is named as it is
    expect(actionOptions('the booking system', 'health', 'overbooked').options[0]!.base).toBe('look into what went wrong with the booking system');
    // positive control: a room at fault in itself is still the maintenance team's
    expect(actionsOf('The room was broken in every way: the AC leaked and the door would not lock.')).toContain('ask our maintenance team to check the room');
  });
  it('actions fit the business: a phone queue is reached, a waiting room is no wait, a trade has no engineer to send', () => {
    expect(categoryOf('the phone line', 'health', 'queue')).toBe('contact');
    expect(actionOptions('the phone line', 'health', 'queue').options.map((o) => o.base)).toContain('add a second person to answer calls');
    // positive control: a queue at the desk is still a wait
    expect(categoryOf('the check-in', 'hotel', 'queue')).toBe('wait');
    const waiting = composeReply({ review: { text: 'The waiting room was filthy and the chairs were torn.', rating: 2 }, business: { ...defaultSettings().business, kind: 'healthcare' }, variant: 'standard', platform: 'google' });
    expect(waiting.actions[0]?.options.map((o) => o.base)).not.toContain('text every patient when we are running late');
    const moved = actionOptions('the wardrobe', 'trade', undefined, 'quality').options.map((o) => o.base);
    expect(moved).toEqual(['look into the wardrobe with the team who did the work', 'redo the wardrobe at no cost to you', 'refund what you paid']);
    // a cinema's screen is no software to release a fix for; an app's is
    expect(categoryOf('the screen', 'general')).toBe('quality');
    expect(categoryOf('the screen', 'app')).toBe('software');
  });
  it('comments on the front desk go to the front desk team once, not "on the front desk to the front desk team"', () => {
    const options = actionOptions('the front desk', 'hotel', undefined, 'wait').options.map((o) => o.base);
    expect(options[0]).toBe('pass your comments to the front desk team');
    // positive control: another thing keeps its name
    expect(actionOptions('the check-in', 'hotel', undefined, 'wait').options[0]!.base).toBe('pass your comments on the check-in to the front desk team');
  });
  it('a worry about what the app asks to reach leads the reply, with actions on the permissions; a data leak is serious', () => {
    const business = defaultSettings().business;
    const reply = (text: string) => composeReply({ review: { text, rating: 1 }, business, variant: 'standard', platform: 'googleplay' });
    const r = reply('why does this app need access to my contacts, location and call logs just to check my balance?? and since i installed i keep getting spam calls selling loans. something fishy');
    expect(r.text).toMatch(/sorry the app has asked for permissions that worried you/);
    expect(r.actions[0]?.options.map((o) => o.base)).toEqual(['pass your concern about the permissions to our developers', 'review every permission the app asks for', 'explain on our store page why each permission is needed']);
    expect(reply('I uploaded my reports and now insurance agents call me about my condition. Who are you selling my data to?').text).toMatch(/serious/);
    // positive control: a prompt that only annoys, after a slowness said first, leaves the slowness first
    expect(reply('Very slow on my tablet. Pop-ups get through too. It also keeps asking for permission to record video.').text).toMatch(/so slow/);
  });
});

describe('a part of the app the review asks for, not one that broke', () => {
  const business = defaultSettings().business;
  const reply = (text: string) => composeReply({ review: { text, rating: 2 }, business, variant: 'standard', platform: 'googleplay' });
  it('is said as missed or wanted, with actions on the request, not a fix or a release test', () => {
    const removed = reply('Where is the home button? Bring it back.');
    expect(removed.text).toMatch(/the home button is no longer there for you/);
    expect(removed.actions[0]!.options.map((o) => o.base)).toContain('pass your request to bring back the home button to our developers');
    const wanted = reply('I want a search widget like chrome has.');
    expect(wanted.text).toMatch(/does not have the search widget you asked for yet/);
    expect(wanted.actions[0]!.options.map((o) => o.base).join(' | ')).not.toMatch(/release a fix|release check/);
    // a verb at the sentence's start is no part of the thing ("Needs tabs…")
    expect(reply('Needs tabs at the bottom like other browsers.').text).not.toMatch(/needs tabs/i);
    // positive control: a part that broke is still a fault to fix
    const broken = reply('The home button does not work since the update.');
    expect(broken.text).not.toMatch(/no longer there|asked for/);
  });
});

describe('an app slow or freezing on a page or screen', () => {
  const business = defaultSettings().business;
  const options = (text: string) => composeReply({ review: { text, rating: 2 }, business, variant: 'standard', platform: 'googleplay' }).actions[0]!.options.map((o) => o.base);
  it('is acted on as the app’s slowness or crash, not a fault in general', () => {
    expect(options('Very slow to load pages, and the tabs keep closing by themselves.')).toContain('release an update that speeds up loading');
    expect(options('It hangs on the sign-in screen every time.')).toContain('pass your crash report to our developers');
    // positive control: a fault with no kind keeps the general steps
    expect(options('Everything about this app is wrong for me.').join(' | ')).not.toMatch(/speeds up loading|crash report/);
  });
});

describe('praise read under one star where the review says what went wrong with the app', () => {
  it('is answered as the complaint it is, not with a general question about what happened', () => {
    const text = 'Since version 60 the first page takes forever to load when I start it fresh.';
    const r = composeReply({ review: { text, rating: 1 }, business: defaultSettings().business, variant: 'standard', platform: 'googleplay' });
    expect(r.text).toMatch(/I am sorry the app has been so slow/);
    expect(r.text).not.toMatch(/understand what happened/);
    // positive control: words all of praise under one star still get the general reply
    const kind = composeReply({ review: { text: 'Great browser, I love it', rating: 1 }, business: defaultSettings().business, variant: 'standard', platform: 'googleplay' });
    expect(kind.text).not.toMatch(/sorry/);
  });
});

describe('what the app keeps them from doing, where the review names no thing the reply can say', () => {
  it.each([
    ['No option to move my saved lists to the memory card.', 'the browser does not yet let you move your saved lists to the memory card'],
    ["There's no way to export my notes to PDF. Pointless.", 'the browser does not yet let you export your notes to PDF'],
    ["I can't paste a link into the search box since Monday.", 'you have not been able to paste a link into the search box'],
    ['Cannot attach photos in this app anymore.', 'you have not been able to attach photos in the browser'],
    ['Unable to sync my bookmarks but the rest is fine.', 'you have not been able to sync your bookmarks'],
  ])('%s → %s', (review, statement) => {
    expect(cannotDo(review, 'the browser')?.statement).toBe(statement);
  });

  it.each([
    ["I can't wait for the next version."],
    ["I can't believe how quick it is."],
    ['I CANT OPEN XYZQ'],
    ['No way to describe how good it is!'],
  ])('%s → nothing', (review) => {
    expect(cannotDo(review, 'the browser')).toBeUndefined();
  });

  it('names it in the apology, with a request or a report as the action, in place of "we did not get it right"', () => {
    const business = defaultSettings().business;
    const reply = (text: string) => composeReply({ review: { text, rating: 1 }, business, variant: 'standard', platform: 'googleplay' });
    const missing = reply('No option to move my saved lists to the memory card in this app. Useless.');
    expect(missing.text).toMatch(/I am sorry the app does not yet let you move your saved lists to the memory card\./);
    expect(missing.actions[0]!.options.map((o) => o.base)).toEqual(['pass your request to our developers', 'add it to the features we are weighing for coming releases']);
    const cannot = reply("Rubbish app, I can't paste a link into the search box.");
    expect(cannot.text).toMatch(/I am sorry you have not been able to paste a link into the search box\./);
    expect(cannot.text).toMatch(/about this fault, and when\]/);
    // the thing is only what they could not do with it: what they could not do is said, not "sorry about the search box"
    const inBox = reply('Rubbish app. I cannot paste a link into the search box.');
    expect(inBox.text).toMatch(/you have not been able to paste a link into the search box/);
    expect(inBox.actions[0]!.options.map((o) => o.base).join(' | ')).not.toMatch(/replacement|delivery/);
    // positive control: with nothing it keeps them from, the general apology stays
    expect(reply('Rubbish app, total waste of my evening.').text).toMatch(/did not get it right|let you down|fell short/);
  });
});

describe('kind words under one or two stars', () => {
  const reply = (text: string, rating: number) => composeReply({ review: { text, rating }, business: defaultSettings().business, variant: 'standard', platform: 'googleplay' }).text;
  it('are thanked for, with the door left open, never asked "what happened"', () => {
    for (const text of ['Nice', 'Really good app', 'Love it so much']) {
      expect(reply(text, 1)).toMatch(/kind words|tell us what you think/);
      expect(reply(text, 1)).not.toMatch(/understand what happened|sorry/);
    }
  });
  it('but not where the words ask, turn, speak of a change or deny: those keep the general question', () => {
    for (const text of ['Old version was best', 'Great, another update', 'Bring back the lovely old menu', 'Not good', 'Why is it so nice on my laptop only']) expect(reply(text, 1)).not.toMatch(/kind words|tell us what you think/);
    // positive control: the same words at four stars are plain thanks, never an ask
    expect(reply('Nice', 4)).not.toMatch(/understand what happened/);
  });
});

describe('a part of the screen named by a box or a bar', () => {
  it('is the software’s, never a parcel or a place to drink', () => {
    expect(['the search box', 'the address bar', 'the text box', 'the status bar'].map((t) => categoryOf(t, 'app'))).toEqual(['software', 'software', 'software', 'software']);
    // positive control: a box or a bar alone keeps its own meaning
    expect([categoryOf('the box', 'retail'), categoryOf('the bar', 'hotel')]).toEqual(['delivery', 'place']);
  });
});

describe('a hotel room found small or dated', () => {
  const options = (text: string, rating = 3) => composeReply({ review: { text, rating }, business: defaultSettings().business, variant: 'standard', platform: 'tripadvisor' }).actions[0]!.options.map((o) => o.base);
  it('is put right before the next booking or in the refurbishment plans, not sent to housekeeping', () => {
    expect(options('Friendly staff and a good breakfast, but the room was very small for two of us.')).toEqual(['describe each room’s size clearly on our booking pages', 'offer a larger room at check-in whenever one is free']);
    expect(options('Lovely staff. The rooms are dated and tired though.').slice(0, 2)).toEqual(['include your comments in our plans for refurbishing the rooms', 'bring the older rooms forward in our refurbishment plans']);
    // positive control: a dirty room is still housekeeping's
    expect(options('Lovely staff. The room was dirty and the sheets were stained.')[0]).toMatch(/housekeeping/);
  });
  it('is not small for a fault word that describes something else beside it ("with our small son")', () => {
    expect(options('The room we shared with our small son smelled of damp all week.', 2).join(' | ')).not.toMatch(/size|larger room/);
    // positive control: said of the room itself, it is the room's size
    expect(options('We stayed with our son and the room was small and smelled damp.', 2).join(' | ')).toMatch(/size/);
  });
});

describe('a mixed review that makes light of its faults, or praises the value', () => {
  const compose = (text: string, rating: number) => composeReply({ review: { text, rating }, business: defaultSettings().business, variant: 'standard', platform: 'tripadvisor' });
  const options = (text: string, rating: number) => compose(text, rating).actions[0]!.options.map((o) => o.base);
  it('is not asked to get in touch over it, even at three stars', () => {
    const light = 'Good value for what we paid. The room was a little small and the shower a bit weak, but it was fine for one night.';
    expect(compose(light, 3).text).not.toMatch(/private message/);
    // positive control: said plainly, the same faults at three stars keep the invitation
    expect(compose('Good value for what we paid. The room was far too small and the shower was weak and cold all night.', 3).text).toMatch(/private message/);
  });
  it('is offered no refund where it praises the value, though it speaks of what was paid', () => {
    expect(options('Good value for what we paid. The room was far too small and the shower was weak and cold all night.', 3).join(' | ')).not.toMatch(/refund/);
    // positive control: money spoken of with no praise of the value, at three stars, keeps the refund
    expect(options('For what we paid I expected more. The room was far too small and the shower was weak and cold all night.', 3).join(' | ')).toMatch(/refund/);
  });
  it('a price made light of is weighed as a remark, not gone through line by line; a disputed charge still is', () => {
    expect(options('Clean rooms and helpful staff, though the price was a little high for us.', 3)).toEqual(['pass your comments on the price to our management team', 'review the price when we next set our prices']);
    // positive control: a charge is not a remark on prices
    expect(options('Lovely rooms, but we were charged twice for parking and nobody has answered.', 3).join(' | ')).not.toMatch(/next set our prices/);
  });
});

describe('a few words of complaint that say nothing of what went wrong', () => {
  const compose = (text: string, platform = 'googleplay') => composeReply({ review: { text, rating: 1 }, business: defaultSettings().business, variant: 'standard', platform });
  it('promise no step (there is nothing yet to act on) and ask for a few more details', () => {
    for (const text of ['Worst app ever made', 'Really bad app']) {
      const r = compose(text);
      expect(r.actions).toEqual([]);
      expect(r.text).not.toMatch(/\[what we/);
      expect(r.text).toMatch(/more detail/);
    }
    // positive controls: a longer complaint keeps its step, and a few words that name the fault are answered on it
    expect(compose('Really bad app, I have used it for a month and nothing about it is any good for me').actions.length).toBe(1);
    expect(compose('Keeps crashing, worst app').text).toMatch(/has been crashing/);
  });
});

describe('something a hotel does not have at all', () => {
  const options = (text: string) => composeReply({ review: { text, rating: 3 }, business: defaultSettings().business, variant: 'standard', platform: 'tripadvisor' }).actions[0]!.options.map((o) => o.base);
  it('is provided or described before anyone books, never repaired or checked by maintenance', () => {
    expect(options('Nice staff and clean rooms. There was no fridge in the room, and the AC was weak.')).toEqual(['look into providing a fridge in every room', 'list what each room has on our booking pages']);
    expect(options('Good location. There is no restaurant in the hotel so we had to go out for every meal.')[0]).toBe('describe what the hotel does and does not offer on our booking pages');
    // positive control: a fridge that broke is repaired
    expect(options('Nice staff and clean rooms. The fridge in the room was broken, and the AC was weak.').join(' | ')).toMatch(/repair the fridge|check the fridge/);
  });
});

describe('ads and notifications an app shows', () => {
  const options = (text: string) => composeReply({ review: { text, rating: 1 }, business: defaultSettings().business, variant: 'standard', platform: 'googleplay' }).actions[0]!.options.map((o) => o.base);
  it('are a choice to review, never a bug to fix or to test for', () => {
    expect(options('The ads are unbearable, one on every screen.')).toEqual(['pass your comments on the ads to our developers', 'review how often and where the app shows the ads']);
    expect(options('Stop sending me notifications every hour, so annoying.')).toContain('make the notifications easy to turn off in the settings');
    // positive control: a part that breaks is still a fault to fix
    expect(options('The bookmarks bar is broken again, so annoying.').join(' | ')).toMatch(/release a fix|developers/);
  });
});

describe('a few words of complaint', () => {
  const compose = (text: string) => composeReply({ review: { text, rating: 1 }, business: defaultSettings().business, variant: 'standard', platform: 'googleplay' });
  it('that fault a thing, however unnameable, are not asked for what they said', () => {
    expect(compose('No text reflow! Sucks!').text).not.toMatch(/more detail/);
    expect(compose('Typing layout must be improved.').text).not.toMatch(/more detail/);
    // positive control: a few words that fault nothing are asked
    expect(compose('Fake news').text).toMatch(/more detail/);
  });
});

describe('an app option, setting or feature', () => {
  const reply = (text: string) => composeReply({ review: { text, rating: 2 }, business: defaultSettings().business, variant: 'standard', platform: 'googleplay' }).text;
  it('is named with the word that says which one, and a missing one is said as wanted', () => {
    expect(reply('The dark mode setting keeps resetting in this app.')).toMatch(/the dark mode setting/);
    expect(reply('Fast app. Still no night mode feature though, and the top bar hides the clock.')).toMatch(/does not have the night mode( feature)? you asked for yet/);
    expect(reply('This app still has no night mode feature.')).toMatch(/does not have the night mode( feature)? you asked for yet/);
    // positive control: a word of opinion before it is not part of its name
    expect(reply('The terrible mode setting keeps resetting in this app.')).not.toMatch(/terrible mode/);
  });
});

describe('a four-star review’s fault', () => {
  const compose = (text: string) => composeReply({ review: { text, rating: 4 }, business: defaultSettings().business, variant: 'standard', platform: 'tripadvisor' });
  it('is not asked to be taken private unless it is money disputed, dirt or a danger', () => {
    expect(compose('Lovely rooms and a great breakfast. Room service was slow on our second evening.').text).not.toMatch(/private message/);
    // positive controls: dirt not made light of, and a charge disputed, still get the invitation
    expect(compose('Lovely rooms and a great breakfast. The bathroom was dirty when we arrived.').text).toMatch(/private message/);
    expect(compose('Lovely rooms and a great breakfast. We were charged twice for the minibar.').text).toMatch(/private message/);
  });
  it('a thing said to be expensive is a price remark, weighed when prices are next set', () => {
    expect(compose('Lovely rooms and staff. The food was too costly for what it is.').actions[0]!.options.map((o) => o.base)).toEqual(['pass your comments on the prices of the food to our management team', 'review the prices of the food when we next set our prices']);
    // positive control: at two stars the same words keep the look at what was charged
    const two = composeReply({ review: { text: 'Lovely rooms and staff. The food was too costly for what it is.', rating: 2 }, business: defaultSettings().business, variant: 'standard', platform: 'tripadvisor' });
    expect(two.actions[0]!.options.map((o) => o.base).join(' | ')).not.toMatch(/next set our prices/);
  });
});

describe('a fault word in another clause', () => {
  it('is another thing’s: a late pickup after a broken AC is looked into, not repaired', () => {
    const options = composeReply({ review: { text: 'Awful stay. The bathroom was filthy, the TV did not work, the AC was broken and the airport pickup was two hours late.', rating: 1 }, business: defaultSettings().business, variant: 'standard', platform: 'tripadvisor' }).actions[0]!.options.map((o) => o.base);
    expect(options.join(' | ')).not.toMatch(/repair|maintenance/);
    // positive control: said of the thing itself, broken is a repair
    expect(actionOptions('the airport pickup', 'hotel', 'broken').options.map((o) => o.base).join(' | ')).toMatch(/repair|maintenance/);
  });
});

describe('a price remark on a thing with no price of its own', () => {
  it('is said as our prices, never "the prices of the ambience"', () => {
    expect(actionOptions('the ambience', 'hotel', 'overpriced', undefined, undefined, undefined, undefined, true, true).options.map((o) => o.base)).toEqual(['pass your comments on our prices to our management team', 'review our prices when we next set them']);
    // positive control: a thing with a price keeps its own
    expect(actionOptions('the food', 'hotel', 'overpriced', undefined, undefined, undefined, undefined, true, true).options[0]!.base).toBe('pass your comments on the prices of the food to our management team');
  });
});
