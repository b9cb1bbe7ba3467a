import type { ItemType } from '@shared/domain/backlog'

/**
 * The words of the sample product: a booking app for a charitable trust that runs six community
 * swimming pools. Only text lives here; dates, states and history are generated in `seed.ts`.
 */

export const SAMPLE_PRODUCT = {
  name: 'Sample: Lanes',
  description:
    'Lanes is the booking app of Riverbank Community Pools, a charitable trust that runs six public pools. ' +
    'Swimmers book lane swims and pay on their phone, parents book and follow their children’s lessons, and ' +
    'staff at the front desk and on the poolside run the day from a tablet. The trust wants fuller off-peak ' +
    'sessions, shorter queues at reception and fewer no-shows, while keeping a swim affordable for everyone ' +
    'in town. This sample product is here to practise on: reorder it, refine it, forecast it, or reset it ' +
    'from the Products page.'
} as const

/** Where an open item sits in the workflow when the sample is created. */
export type OpenStage = 'in_review' | 'in_progress' | 'ready' | 'new'

export interface OpenItemContent {
  type: ItemType
  title: string
  description?: string
  estimate?: number
  stage: OpenStage
}

export interface DoneItemContent {
  type: ItemType
  title: string
  description?: string
  estimate?: number
}

/**
 * The open backlog in the Product Owner's order: work under way first, then small refined items with
 * acceptance criteria, then coarser items, and at the bottom features and epics not yet split (DEEP).
 */
export const OPEN_ITEMS: readonly OpenItemContent[] = [
  // Under way.
  {
    type: 'story',
    stage: 'in_review',
    estimate: 3,
    title:
      'As a parent, I want to see which lesson level my child is in on the booking page, so that I book the right class',
    description: [
      'Parents often book the level they think their child is in, and teachers then move the child at the first lesson.',
      '',
      '### Acceptance criteria',
      '- **Given** my child has been assessed at Level 3, **when** I open lesson booking, **then** Level 3 classes are shown first and labelled "Your child’s level".',
      '- **Given** my child has never been assessed, **when** I open lesson booking, **then** I am asked to book an assessment swim first.',
      '- Classes of other levels can still be booked, with a note that the teacher may move the child.'
    ].join('\n')
  },
  {
    type: 'bug',
    stage: 'in_review',
    estimate: 2,
    title: 'Confirmation email shows the session time in UTC instead of local time',
    description: [
      'Reported by three swimmers since the clocks changed: a 07:00 swim is confirmed as 06:00.',
      '',
      '### Acceptance criteria',
      '- Times in confirmation and reminder emails are in the pool’s local time, summer and winter.',
      '- The email states the date in words ("Tuesday 14 May") next to the time.'
    ].join('\n')
  },
  {
    type: 'story',
    stage: 'in_progress',
    estimate: 5,
    title:
      'As a duty manager, I want to close a lane for the rest of the day, so that no one can book a lane that is out of use',
    description: [
      'Lanes are closed for fouling, broken lane ropes or a lifeguard shortage. Today the manager phones reception.',
      '',
      '### Acceptance criteria',
      '- **Given** a lane has bookings later today, **when** I close it, **then** I see how many swimmers are affected before I confirm.',
      '- **When** I confirm, **then** the affected swimmers are moved to another lane of the same speed if there is room, and told by email otherwise.',
      '- A closed lane cannot be booked until I reopen it or the day ends.'
    ].join('\n')
  },
  {
    type: 'technical',
    stage: 'in_progress',
    estimate: 5,
    title: 'Move payment webhooks onto the retrying job queue',
    description: [
      'Twice this month a payment confirmation was lost when the web server restarted, leaving a paid booking marked unpaid.',
      '',
      '- Webhooks are stored first, then processed by the job queue with retries and back-off.',
      '- A webhook processed twice does not create two payments.',
      '- Failed webhooks after the last retry appear on the operations dashboard.'
    ].join('\n')
  },
  {
    type: 'story',
    stage: 'in_progress',
    estimate: 2,
    title: 'As a swimmer, I want to add a booked session to my phone’s calendar, so that I don’t forget it',
    description: [
      '### Acceptance criteria',
      '- The booking confirmation has an "Add to calendar" action that works with the phone’s own calendar.',
      '- The calendar entry holds the pool’s name and address, the lane, and a link back to the booking.',
      '- Cancelling the booking in the app tells me to remove the calendar entry.'
    ].join('\n')
  },

  // Ready: small, refined, estimated.
  {
    type: 'story',
    stage: 'ready',
    estimate: 3,
    title:
      'As a swimmer, I want to cancel a lane booking up to two hours before it starts, so that my place goes to someone else',
    description: [
      '### Acceptance criteria',
      '```gherkin',
      'Scenario: Cancelling in time',
      '  Given I have a lane booking that starts in more than two hours',
      '  When I cancel it',
      '  Then the booking is removed and my payment is returned to my account credit',
      '  And the place is offered to the waiting list if there is one',
      '',
      'Scenario: Cancelling too late',
      '  Given my booking starts in less than two hours',
      '  When I open it',
      '  Then the cancel action is not offered',
      '  And I am told the pool’s phone number to call instead',
      '```'
    ].join('\n')
  },
  {
    type: 'story',
    stage: 'ready',
    estimate: 5,
    title: 'As a swimmer, I want to join the waiting list for a full session, so that I get a place if someone cancels',
    description: [
      '### Acceptance criteria',
      '- **Given** a session is full, **when** I open it, **then** I can join its waiting list and see my position.',
      '- **When** a place frees up, **then** the first person on the list is offered it by push notification and has 30 minutes to accept.',
      '- If they do not accept in time, the next person is offered the place.',
      '- No waiting-list offers are sent in the last hour before the session.'
    ].join('\n')
  },
  {
    type: 'bug',
    stage: 'ready',
    estimate: 2,
    title: 'Sessions at Millbrook are still bookable during its refurbishment closure',
    description: [
      'Millbrook closes for four weeks in the summer; the timetable still offers its sessions for those weeks.',
      '',
      '- Sessions on days a pool is marked closed are not shown and cannot be booked.',
      '- Existing bookings in a closure period are listed for the duty manager to handle.'
    ].join('\n')
  },
  {
    type: 'story',
    stage: 'ready',
    estimate: 2,
    title:
      'As a front-desk assistant, I want to find a member by the last four digits of their phone number, so that check-in takes one step',
    description: [
      '### Acceptance criteria',
      '- Typing four digits lists the members whose phone number ends in them, with name and photo.',
      '- Choosing a member shows today’s bookings ready to check in.',
      '- Searching by surname still works as before.'
    ].join('\n')
  },
  {
    type: 'story',
    stage: 'ready',
    estimate: 5,
    title:
      'When my child’s lesson is cancelled for pool maintenance, I want to be offered the next free class at the same level, so I can keep their progress going',
    description: [
      'A job story from the parents’ interviews in spring.',
      '',
      '### Acceptance criteria',
      '- **Given** a lesson is cancelled by the pool, **when** the cancellation is sent, **then** it offers up to three classes at the same level in the next fortnight.',
      '- Accepting an offer books the class at no extra cost.',
      '- If no class is free, the parent is told and the lesson is credited.'
    ].join('\n')
  },
  {
    type: 'story',
    stage: 'ready',
    estimate: 3,
    title:
      'As a lifeguard, I want to record the water test results on the poolside tablet, so that the paper log can be retired',
    description: [
      '### Acceptance criteria',
      '- I can enter free chlorine, combined chlorine, pH and temperature for each pool, with the time filled in.',
      '- A value outside the safe range is highlighted and asks me to confirm it and to tell the duty manager.',
      '- The duty manager can see today’s and yesterday’s readings for their pool.'
    ].join('\n')
  },
  {
    type: 'story',
    stage: 'ready',
    estimate: 8,
    title:
      'As a club secretary, I want to book the same lanes every week for a whole term, so that our training times are fixed',
    description: [
      'Riverbank Masters and two school clubs book by email today; reception re-keys about 40 bookings a week.',
      '',
      '### Acceptance criteria',
      '- I can choose lanes, a weekly time and a start and end date within the published term.',
      '- Weeks where a lane is already taken are listed before I confirm, so that I can choose another lane for them.',
      '- The club receives one invoice for the term.'
    ].join('\n')
  },
  {
    type: 'technical',
    stage: 'ready',
    estimate: 1,
    title: 'Add a database index for session look-ups by pool and date',
    description:
      'The timetable query scans every session ever created and now takes over a second at busy times. Add the index, and check the query plan uses it.'
  },
  {
    type: 'story',
    stage: 'ready',
    estimate: 3,
    title: 'As a lane swimmer, I want to filter sessions by lane speed, so that I only see sessions I can swim in',
    description: [
      '### Acceptance criteria',
      '- The timetable can be filtered by slow, medium and fast lanes; the filter is remembered on this device.',
      '- Sessions without a lane of the chosen speed are hidden.',
      '- The number of free places shown is for lanes of the chosen speed only.'
    ].join('\n')
  },
  {
    type: 'bug',
    stage: 'ready',
    estimate: 2,
    title: 'Two reminders are sent when a booking is moved to another time',
    description: [
      'Steps: book a 07:00 swim, move it to 08:00, wait for the reminder; two arrive, one for each time.',
      '',
      '- After a booking is moved, only the reminder for the new time is sent.'
    ].join('\n')
  },
  {
    type: 'story',
    stage: 'ready',
    estimate: 5,
    title:
      'As a duty manager, I want to see today’s bookings per lane on a timeline, so that I can offer free gaps to walk-in swimmers',
    description: [
      '### Acceptance criteria',
      '- One row per lane, one column per half hour, from opening to closing time.',
      '- Booked places show as filled; free places can be sold from the timeline.',
      '- The view refreshes itself when a booking is made elsewhere.'
    ].join('\n')
  },

  // New: partly refined.
  {
    type: 'story',
    stage: 'new',
    estimate: 8,
    title:
      'As a parent, I want to pay for a term of lessons in three instalments, so that the cost is spread over the term',
    description: [
      '- Three payments: on booking, at week 4 and at week 8.',
      '- A failed instalment is retried once, then the parent and reception are told.',
      '- Open question: does finance need the instalments on one invoice?'
    ].join('\n')
  },
  {
    type: 'spike',
    stage: 'new',
    estimate: 2,
    title: 'Spike: can the turnstiles at Millbrook read the QR codes on our booking passes?',
    description:
      'Time-box: two days. Borrow a turnstile reader from the supplier, try codes from the app on three phones and on paper, and write down what firmware or settings it needs. Result: a go / no-go for QR entry at Millbrook.'
  },
  {
    type: 'story',
    stage: 'new',
    estimate: 5,
    title:
      'As a disabled swimmer, I want to book a session with the pool hoist, so that staff have it ready when I arrive',
    description: [
      '- Each pool says whether it has a hoist and a changing place.',
      '- A hoist booking tells the duty manager at the start of the shift.',
      '- Talk to the accessibility group at Eastgate before refining further.'
    ].join('\n')
  },
  {
    type: 'story',
    stage: 'new',
    estimate: 3,
    title:
      'As a swim teacher, I want to take the register for my class on my phone, so that parents can see who attended',
    description:
      '- Absent children are marked in one tap; the register is locked at the end of the day.\n- Parents see attendance in the child’s lesson history.'
  },
  {
    type: 'bug',
    stage: 'new',
    estimate: 1,
    title: 'Screen reader announces the lane buttons as “button, button”',
    description:
      'Found in the accessibility review: the lane buttons have no accessible name. They should read, for example, "Lane 3, medium, 2 places free".'
  },
  {
    type: 'story',
    stage: 'new',
    estimate: 5,
    title:
      'As the trust’s finance officer, I want a weekly export of takings per pool, so that I can reconcile them with the bank statement',
    description:
      '- One row per pool per day: card, cash, account credit, refunds.\n- The export opens in a spreadsheet without reformatting.'
  },
  {
    type: 'technical',
    stage: 'new',
    estimate: 8,
    title: 'Upgrade the mobile app to the current React Native release',
    description:
      'We are two major versions behind and the app store will stop accepting builds with our target SDK in the autumn.'
  },
  {
    type: 'story',
    stage: 'new',
    estimate: 3,
    title:
      'As a duty manager, I want to message everyone booked into a session, so that I can warn them about a closure',
    description:
      '- Message by push notification, with email for those who turned notifications off.\n- The message is kept with the session for later reference.'
  },
  {
    type: 'story',
    stage: 'new',
    title: 'As a swimmer, I want to rate how crowded a session was afterwards, so that others can choose quieter times',
    description: 'Not yet discussed with the pool managers; they worry about public ratings of their pools.'
  },
  {
    type: 'story',
    stage: 'new',
    estimate: 5,
    title:
      'As a parent, I want to add a second guardian to my child’s account, so that either of us can book and cancel lessons'
  },
  {
    type: 'bug',
    stage: 'new',
    estimate: 2,
    title: 'Under-5s are charged the concession price instead of swimming free',
    description:
      'The price rules say under-5s swim free with a paying adult. The app charges the concession price when the child is added to an adult booking.'
  },
  {
    type: 'story',
    stage: 'new',
    title: 'As a member, I want to pause my membership for up to three months, so that I do not pay while I am injured'
  },
  {
    type: 'technical',
    stage: 'new',
    estimate: 3,
    title: 'Replace the hand-written date arithmetic with the shared calendar library',
    description: 'Three bugs this quarter came from our own date code around the clock change and bank holidays.'
  },
  {
    type: 'story',
    stage: 'new',
    estimate: 5,
    title:
      'When the session I wanted is full, I want to see the nearest pool with space at the same time, so I can still swim today'
  },
  {
    type: 'story',
    stage: 'new',
    estimate: 8,
    title:
      'As a front-desk assistant, I want to sell a swim to a walk-in customer from the bookings screen, so that I do not switch to the till'
  },
  {
    type: 'story',
    stage: 'new',
    title:
      'As a lifeguard, I want to report an incident with photos from the poolside, so that the report is complete before the end of my shift',
    description: 'Needs the health-and-safety lead’s view on what must be recorded and who may see it.'
  },
  {
    type: 'technical',
    stage: 'new',
    estimate: 3,
    title: 'Run automated accessibility checks on every build'
  },
  {
    type: 'story',
    stage: 'new',
    estimate: 3,
    title:
      'As a duty manager, I want to copy last week’s timetable to next week, so that I only change what is different'
  },
  {
    type: 'technical',
    stage: 'new',
    estimate: 5,
    title: 'Load test the booking service for the New Year’s Day rush',
    description:
      'Last January 1,800 people tried to book within ten minutes of the timetable opening. Target: 3,000 bookings in ten minutes with answers under a second.'
  },

  // Coarse: larger items, features and epics still to be split.
  {
    type: 'story',
    stage: 'new',
    estimate: 8,
    title:
      'As a swim teacher, I want to move a child up a level from the register, so that the parent is told and can book the next level'
  },
  {
    type: 'feature',
    stage: 'new',
    estimate: 13,
    title: 'Skill certificates for children’s swimming lessons',
    description:
      'Children earn a certificate for each skill their teacher signs off; parents see them in the app and can print them.'
  },
  {
    type: 'bug',
    stage: 'new',
    title: 'App closes unexpectedly on the older Android tablets at the reception kiosks',
    description: 'Seen at Eastgate and Millbrook, about once a day. No crash report yet; the kiosks may not send them.'
  },
  {
    type: 'feature',
    stage: 'new',
    estimate: 13,
    title: 'Check-in keeps working when a pool’s internet connection is down',
    description: 'Reception tablets keep today’s bookings and sync the check-ins when the connection returns.'
  },
  {
    type: 'story',
    stage: 'new',
    title:
      'As a regular swimmer, I want to see how busy my usual session was over the last month, so that I can pick a quieter day'
  },
  {
    type: 'feature',
    stage: 'new',
    estimate: 20,
    title: 'Family accounts',
    description:
      'One account for a household: shared payment card, children’s lessons and adults’ swims in one place, one family membership.'
  },
  {
    type: 'feature',
    stage: 'new',
    estimate: 13,
    title: 'Aqua-fit and class timetable',
    description: 'Classes have an instructor, a capacity and their own prices; today they are sold only at reception.'
  },
  {
    type: 'epic',
    stage: 'new',
    title: 'Club and school bookings',
    description:
      'Clubs and schools take a third of pool time but are handled by email and spreadsheets. Term bookings, invoices, named contacts, and school swimming registers. Outcome we want: no club booking re-keyed by reception.'
  },
  {
    type: 'story',
    stage: 'new',
    title:
      'As a leisure-card holder, I want my council discount applied when I book, so that I pay the same as at the desk'
  },
  {
    type: 'feature',
    stage: 'new',
    title: 'Live pool occupancy on the website',
    description: 'How many people are in each pool now, from check-ins and check-outs.'
  },
  {
    type: 'technical',
    stage: 'new',
    title: 'Move the reporting queries to a read replica'
  },
  {
    type: 'feature',
    stage: 'new',
    estimate: 20,
    title: 'Sauna and steam room bookings'
  },
  {
    type: 'epic',
    stage: 'new',
    title: 'Memberships paid by direct debit',
    description:
      'Monthly memberships paid by direct debit, with joining, pausing, changing and cancelling in the app. Today members sign a paper mandate at reception.'
  },
  {
    type: 'feature',
    stage: 'new',
    title: 'Gift vouchers',
    description: 'Vouchers for a swim, a course of lessons or an amount, bought in the app and spent at any pool.'
  },
  {
    type: 'story',
    stage: 'new',
    title: 'As a swimmer, I want to choose a locker when I book, so that I know where to go when I arrive'
  },
  {
    type: 'feature',
    stage: 'new',
    title: 'The app in English and Welsh',
    description:
      'Two of the pools are in Welsh-speaking communities; the trust has committed to offering the app in both languages.'
  },
  {
    type: 'feature',
    stage: 'new',
    title: 'Self-service refunds within the refund policy'
  },
  {
    type: 'technical',
    stage: 'new',
    title: 'Retire the old booking website',
    description: 'Still used by about 6% of bookings, mostly from one browser version used in the library computers.'
  },
  {
    type: 'feature',
    stage: 'new',
    title: 'Birthday party bookings'
  },
  {
    type: 'epic',
    stage: 'new',
    title: 'Staff rota and lifeguard cover',
    description:
      'Lifeguard cover decides how many lanes can open. Bringing the rota into Lanes would let a missing lifeguard close lanes automatically and offer shifts to relief staff.'
  },
  {
    type: 'epic',
    stage: 'new',
    title: 'Energy and water reporting for the trust board',
    description:
      'The board reports energy and water use per swim to its funders each quarter; today this takes a week of spreadsheet work.'
  },
  {
    type: 'epic',
    stage: 'new',
    title: 'Summer lido season bookings',
    description:
      'The outdoor lido at Riverside opens from June to September with timed entry slots, weather closures and season tickets.'
  },
  {
    type: 'epic',
    stage: 'new',
    title: 'Partner pools outside the trust',
    description:
      'Two neighbouring councils asked whether their pools could use Lanes. Big opportunity, big change: several organisations, prices and brands in one app.'
  }
]

/**
 * Work finished in the last four months, oldest first: the history flow metrics and forecasts read.
 * Estimates are missing where the team did not estimate (mostly urgent bugs).
 */
export const DONE_ITEMS: readonly DoneItemContent[] = [
  {
    type: 'story',
    estimate: 3,
    title: 'As a swimmer, I want to see the lane timetable for the next seven days, so that I can plan my week'
  },
  {
    type: 'story',
    estimate: 5,
    title: 'As a swimmer, I want to book a lane swim and pay by card, so that my place is guaranteed'
  },
  { type: 'bug', estimate: 1, title: 'Pool opening hours show Sunday twice on the pool page' },
  { type: 'technical', estimate: 3, title: 'Set up the build pipeline for the iOS and Android apps' },
  {
    type: 'story',
    estimate: 2,
    title: 'As a swimmer, I want to see how many places are left in a session, so that I know whether to hurry'
  },
  {
    type: 'story',
    estimate: 3,
    title: 'As a swimmer, I want a booking confirmation by email, so that I have proof of my booking'
  },
  {
    type: 'story',
    estimate: 5,
    title: 'As a swimmer, I want to sign in with my email and a one-time code, so that I do not need another password'
  },
  { type: 'bug', title: 'Payment page spins forever when the card needs bank approval' },
  {
    type: 'story',
    estimate: 2,
    title: 'As a swimmer, I want to choose my usual pool, so that its timetable opens first'
  },
  { type: 'technical', estimate: 2, title: 'Send error reports from the apps to the monitoring service' },
  {
    type: 'story',
    estimate: 3,
    title: 'As a front-desk assistant, I want to see today’s bookings for my pool, so that I can check swimmers in'
  },
  {
    type: 'story',
    estimate: 3,
    title:
      'As a front-desk assistant, I want to check a swimmer in by scanning their booking pass, so that the queue moves faster'
  },
  { type: 'bug', estimate: 2, title: 'Booking pass QR code is too small to scan on small phones' },
  {
    type: 'story',
    estimate: 1,
    title:
      'As a swimmer, I want to see each pool’s address and a map link, so that I can find a pool I have not been to'
  },
  { type: 'spike', estimate: 2, title: 'Spike: which payment provider supports account credit and partial refunds?' },
  {
    type: 'story',
    estimate: 5,
    title: 'As a swimmer, I want cancelled bookings refunded to account credit, so that rebooking is instant'
  },
  { type: 'technical', estimate: 3, title: 'Nightly backup of the bookings database, with a tested restore' },
  { type: 'bug', estimate: 1, title: 'Session times in the timetable are not sorted after 10:00' },
  {
    type: 'story',
    estimate: 2,
    title: 'As a swimmer, I want a reminder the evening before my swim, so that I remember my kit'
  },
  {
    type: 'story',
    estimate: 3,
    title:
      'As a duty manager, I want to set the number of lanes per session, so that the timetable matches the lifeguard cover'
  },
  {
    type: 'story',
    estimate: 5,
    title: 'As a parent, I want to book a block of ten lessons for my child, so that their place is kept for the term'
  },
  { type: 'bug', title: 'Lesson block price rounds to the nearest pound' },
  { type: 'technical', estimate: 2, title: 'Move configuration secrets out of the app repository' },
  {
    type: 'story',
    estimate: 2,
    title: 'As a parent, I want to see my child’s lesson times in one list, so that I can plan school pick-ups'
  },
  {
    type: 'story',
    estimate: 3,
    title: 'As a swim teacher, I want to see my classes for the week, so that I can plan the lessons'
  },
  { type: 'bug', estimate: 1, title: 'Logo is blurred on the sign-in screen of tablets' },
  { type: 'story', estimate: 5, title: 'As a swimmer, I want to buy a ten-swim pass, so that each swim costs less' },
  {
    type: 'story',
    estimate: 2,
    title: 'As a swimmer, I want to see how many swims are left on my pass, so that I know when to buy another'
  },
  { type: 'technical', estimate: 5, title: 'Split the timetable service from the booking service' },
  { type: 'bug', estimate: 2, title: 'Swim pass is charged twice when the payment is retried' },
  {
    type: 'story',
    estimate: 3,
    title: 'As a duty manager, I want to cancel a whole session, so that everyone booked is refunded and told'
  },
  {
    type: 'story',
    estimate: 1,
    title:
      'As a swimmer, I want to see the pool temperature on the pool page, so that I know whether to bring a wetsuit for the lido'
  },
  {
    type: 'story',
    estimate: 3,
    title:
      'As a concession swimmer, I want to upload proof of my concession once, so that I get the reduced price every time'
  },
  {
    type: 'story',
    estimate: 2,
    title:
      'As a front-desk assistant, I want to approve concession proofs, so that concession prices go only to those eligible'
  },
  { type: 'bug', estimate: 1, title: 'Concession badge overlaps the price on narrow screens' },
  { type: 'technical', estimate: 3, title: 'Automated end-to-end test for booking and paying' },
  {
    type: 'story',
    estimate: 5,
    title:
      'As a swimmer, I want to move my booking to another session the same day, so that I do not lose my payment when plans change'
  },
  { type: 'bug', title: 'Moving a booking to a full session succeeds and overbooks the lane' },
  {
    type: 'story',
    estimate: 2,
    title: 'As a swimmer, I want to see my past swims, so that I can keep track of how often I go'
  },
  {
    type: 'story',
    estimate: 3,
    title: 'As a duty manager, I want a daily list of no-shows, so that I can follow up repeat no-shows'
  },
  { type: 'technical', estimate: 1, title: 'Turn on database query logging for slow queries' },
  {
    type: 'story',
    estimate: 3,
    title: 'As a parent, I want to be told when a lesson is cancelled, so that we do not travel to the pool for nothing'
  },
  { type: 'bug', estimate: 2, title: 'Reminder for Monday sessions is sent on Saturday evening' },
  {
    type: 'story',
    estimate: 5,
    title:
      'As the trust’s finance officer, I want every payment to carry the pool it was for, so that takings can be split by pool'
  },
  {
    type: 'story',
    estimate: 2,
    title: 'As a swimmer, I want to save my card for next time, so that booking takes less typing'
  },
  { type: 'technical', estimate: 3, title: 'Upgrade the server runtime to the supported long-term release' },
  { type: 'bug', estimate: 1, title: 'Saved card expiry date shows the month and year swapped' },
  {
    type: 'story',
    estimate: 3,
    title:
      'As a swim teacher, I want to see the children in my class with their medical notes, so that I am prepared for their needs'
  },
  {
    type: 'story',
    estimate: 1,
    title: 'As a parent, I want to add my child’s medical notes, so that the teacher knows about allergies or asthma'
  },
  { type: 'bug', estimate: 3, title: 'Medical notes visible to other parents in the class list' },
  { type: 'technical', estimate: 2, title: 'Review and tighten access rules for children’s data' },
  {
    type: 'story',
    estimate: 3,
    title:
      'As a duty manager, I want to limit how many swims one person can book per week at peak times, so that peak sessions are shared fairly'
  },
  {
    type: 'story',
    estimate: 2,
    title: 'As a swimmer, I want to be told why I cannot book another peak swim, so that I understand the weekly limit'
  },
  { type: 'bug', estimate: 1, title: 'Weekly limit counts cancelled bookings' },
  {
    type: 'story',
    estimate: 5,
    title:
      'As a front-desk assistant, I want to book on behalf of a caller, so that people without a smartphone can still book'
  },
  {
    type: 'story',
    estimate: 2,
    title:
      'As a front-desk assistant, I want to take cash for a phone booking at the next visit, so that callers can pay at the desk'
  },
  { type: 'technical', estimate: 5, title: 'Replace polling with server-sent events for live place counts' },
  { type: 'bug', title: 'Place count goes negative after a session is reopened' },
  {
    type: 'story',
    estimate: 3,
    title:
      'As a swimmer, I want to see women-only and quiet sessions marked in the timetable, so that I can find them quickly'
  },
  {
    type: 'story',
    estimate: 2,
    title:
      'As a duty manager, I want to label a session (women-only, quiet, adults-only), so that swimmers know what to expect'
  },
  { type: 'spike', estimate: 3, title: 'Spike: what do swimmers who stopped booking tell us?' },
  {
    type: 'story',
    estimate: 3,
    title: 'As a lapsed swimmer, I want a one-off welcome-back price, so that I am tempted to return'
  },
  { type: 'bug', estimate: 2, title: 'Welcome-back price offered to swimmers who swam last week' },
  { type: 'technical', estimate: 2, title: 'Add feature flags so that we can release to one pool first' },
  {
    type: 'story',
    estimate: 5,
    title: 'As a parent, I want to book an assessment swim for my child, so that they start in the right lesson level'
  },
  {
    type: 'story',
    estimate: 3,
    title:
      'As a swim teacher, I want to record the level a child was assessed at, so that parents can book the right classes'
  },
  { type: 'bug', estimate: 1, title: 'Assessment swim confirmation says “lane swim”' },
  {
    type: 'story',
    estimate: 2,
    title: 'As a swimmer, I want to turn off marketing emails but keep booking emails, so that I only get what I need'
  },
  { type: 'technical', estimate: 3, title: 'Move email sending to the transactional mail provider' },
  { type: 'bug', title: 'Emails to some university addresses are rejected as spam' },
  {
    type: 'story',
    estimate: 3,
    title:
      'As a duty manager, I want to see today’s check-ins against bookings, so that I know how full the pool really is'
  },
  {
    type: 'story',
    estimate: 8,
    title:
      'As the operations lead, I want a weekly report of sessions, bookings and no-shows per pool, so that we can adjust the timetable'
  },
  { type: 'bug', estimate: 2, title: 'Weekly report counts the same booking twice when it was moved' },
  { type: 'technical', estimate: 2, title: 'Archive bookings older than two years to keep queries fast' },
  {
    type: 'story',
    estimate: 2,
    title: 'As a swimmer, I want to book for a friend in the same session, so that we can swim together'
  },
  { type: 'bug', estimate: 1, title: 'Friend’s name is cut off on the booking pass' },
  {
    type: 'story',
    estimate: 3,
    title: 'As a swimmer, I want my booking pass in the phone’s wallet, so that I can show it without the app'
  },
  { type: 'technical', estimate: 3, title: 'Sign the wallet passes with the trust’s certificate' },
  { type: 'bug', estimate: 2, title: 'Wallet pass does not update when the booking is moved' },
  {
    type: 'story',
    estimate: 1,
    title:
      'As a swimmer, I want to see the next session with free places at the top of the timetable, so that I can book in one tap'
  },
  {
    type: 'story',
    estimate: 5,
    title:
      'As a duty manager, I want to publish the timetable for the next month in one step, so that swimmers can book ahead'
  },
  { type: 'bug', estimate: 3, title: 'Publishing the timetable duplicates sessions on bank holidays' },
  { type: 'technical', estimate: 1, title: 'Add bank holidays for the next three years to the calendar' },
  {
    type: 'story',
    estimate: 3,
    title: 'As a parent, I want to swap my child’s class for one day, so that a school trip does not cost a lesson'
  },
  {
    type: 'story',
    estimate: 2,
    title:
      'As a swim teacher, I want to see visiting children marked in my register, so that I know who is joining for one day'
  },
  { type: 'bug', estimate: 1, title: 'Class swap is allowed into a class of a different level' },
  {
    type: 'spike',
    estimate: 2,
    title: 'Spike: can we read the reception tills’ sales to include cash takings in reports?'
  },
  {
    type: 'story',
    estimate: 5,
    title:
      'As the trust’s finance officer, I want cash takings from the tills in the daily report, so that one report shows all takings'
  },
  { type: 'technical', estimate: 3, title: 'Nightly import of till sales' },
  { type: 'bug', title: 'Till import stops at the first malformed line' },
  {
    type: 'story',
    estimate: 2,
    title:
      'As a swimmer, I want to see the pool’s facilities (sauna, parking, changing places), so that I can choose the right pool'
  },
  {
    type: 'story',
    estimate: 3,
    title: 'As a duty manager, I want to edit my pool’s facilities and notices, so that the app stays accurate'
  },
  { type: 'bug', estimate: 1, title: 'Pool notice shows yesterday’s closure after midnight' },
  {
    type: 'story',
    estimate: 3,
    title: 'As a swimmer, I want to delete my account and my data, so that I can leave the service'
  },
  { type: 'technical', estimate: 5, title: 'Remove personal data from the analytics events' },
  {
    type: 'story',
    estimate: 2,
    title: 'As a swimmer, I want to download my bookings and payments, so that I can keep my own records'
  },
  { type: 'bug', estimate: 2, title: 'Account deletion leaves the saved card on file' },
  {
    type: 'story',
    estimate: 3,
    title:
      'As a parent, I want to see the dates of the coming lesson term before it opens, so that I am ready to book on the first day'
  },
  {
    type: 'story',
    estimate: 5,
    title:
      'As a parent, I want to rebook my child’s class for the next term before booking opens to all, so that they keep their place'
  },
  { type: 'bug', estimate: 3, title: 'Priority rebooking window closes an hour early' },
  { type: 'technical', estimate: 2, title: 'Queue bookings when the term opens to protect the database' },
  {
    type: 'story',
    estimate: 2,
    title:
      'As a front-desk assistant, I want to print a day’s bookings for my pool, so that I can check people in when the tablet fails'
  },
  { type: 'bug', estimate: 1, title: 'Printed list is cut off after the first page' },
  {
    type: 'story',
    estimate: 3,
    title: 'As a swimmer, I want to rebook my last session in one tap, so that booking my regular swim is quick'
  },
  { type: 'technical', estimate: 3, title: 'Cache the timetable at the edge for anonymous visitors' },
  { type: 'bug', title: 'Timetable shows stale place counts for up to five minutes' },
  {
    type: 'story',
    estimate: 2,
    title: 'As a duty manager, I want to be warned when a session is over capacity, so that I can open another lane'
  },
  {
    type: 'story',
    estimate: 5,
    title: 'As a swim teacher, I want to message the parents of my class, so that I can share what we practised'
  },
  { type: 'bug', estimate: 2, title: 'Teacher messages are sent to parents of children who left the class' },
  {
    type: 'story',
    estimate: 1,
    title: 'As a swimmer, I want the app to follow my phone’s dark mode, so that it is easier on the eyes at 6 am'
  },
  { type: 'bug', estimate: 1, title: 'Booking pass is unreadable in dark mode' },
  { type: 'technical', estimate: 2, title: 'Upgrade the payment SDK before the provider’s deadline' },
  {
    type: 'story',
    estimate: 3,
    title: 'As a swimmer, I want to pay with account credit and card together, so that small credits are not wasted'
  },
  { type: 'bug', estimate: 2, title: 'Mixed payment refunds everything to the card' },
  {
    type: 'story',
    estimate: 2,
    title:
      'As a duty manager, I want to see who booked but has not checked in ten minutes into a session, so that I can release their lane space'
  },
  {
    type: 'story',
    estimate: 3,
    title: 'As a swimmer, I want to be told when my unused place is released, so that I know why I was not let in'
  },
  { type: 'technical', estimate: 5, title: 'Make check-in work for two tablets at the same desk without conflicts' },
  { type: 'bug', estimate: 2, title: 'Check-in on the second tablet undoes the first one' },
  {
    type: 'story',
    estimate: 3,
    title: 'As a club secretary, I want to see the lanes our club has booked this month, so that I can tell our coaches'
  },
  { type: 'spike', estimate: 3, title: 'Spike: how do the other leisure trusts handle club term bookings?' },
  {
    type: 'story',
    estimate: 2,
    title:
      'As a swimmer, I want to choose a larger text size in the app, so that I can read the timetable without glasses'
  },
  { type: 'bug', estimate: 1, title: 'Large text cuts off the Book button on the session page' },
  { type: 'technical', estimate: 3, title: 'Run the test suite against both app platforms in the build' },
  {
    type: 'story',
    estimate: 5,
    title:
      'As an operations lead, I want to see off-peak session fill rates per pool, so that we can test cheaper off-peak prices'
  },
  {
    type: 'story',
    estimate: 3,
    title: 'As a duty manager, I want to set an off-peak price for chosen sessions, so that quieter sessions fill up'
  },
  { type: 'bug', estimate: 2, title: 'Off-peak price not applied to swims booked with a pass' },
  {
    type: 'story',
    estimate: 2,
    title: 'As a swimmer, I want off-peak sessions marked in the timetable, so that I can find the cheaper swims'
  },
  { type: 'technical', estimate: 2, title: 'Record which price rule set each booking’s price' },
  { type: 'bug', title: 'Booking fails for swimmers with an apostrophe in their surname' }
]
