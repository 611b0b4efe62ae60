/**
 * The English message catalogue: every word a notification says, in one
 * place, with {placeholders} filled from the notification's data. A new
 * language is a file of the same shape (see ./index.ts); nothing else changes.
 */
export const en = {
  common: {
    greeting: 'Hello {name},',
    greetingNoName: 'Hello,',
    signature: '— LicenseHub',
    footer: 'You get this email because of your role in {product}.',
    footerPreferences: 'Choose which emails you get: {url}',
    footerContact: 'You get this email as the partner contact named on a deal in {product}.',
  },
  kinds: {
    'license_request.created': {
      label: 'License requests',
      description: 'Someone in your organization asks for a license (license admins and Global admins)',
      subject: '{requester} asks for a license to {app}',
      body: '{requester} ({upn}) asked for a license to {app}.',
      message: 'Their message: “{message}”',
      action: 'Review the request',
    },
    'license_request.decided': {
      label: 'Answers to my license requests',
      description: 'Your admins approve or decline a license you asked for',
      subjectApproved: 'Your license request for {app} was approved',
      subjectDeclined: 'Your license request for {app} was declined',
      bodyApproved: 'Your admins gave you a {plan} license: you can open {app} now.',
      bodyApprovedByWaitingRoom: 'The waiting room gave you a free {plan} seat: you can open {app} now.',
      bodyDeclined: 'Your admins declined your request for a license to {app}.',
      note: 'Their note: “{note}”',
      reason: 'Their reason: “{note}”',
      actionApproved: 'Open {app}',
      actionDeclined: 'See My apps',
    },
    'seats.threshold': {
      label: 'Seats running out',
      description: 'A product reaches 90 % or 100 % of its seats (license admins and Global admins)',
      subject90: '{plan} is at {percent} % of its seats',
      subject100: '{plan} has no free seat left',
      body: '{assigned} of {purchased} seats of {plan} ({offer}) are assigned.',
      advice90: 'Ask the publisher for more licenses before the last seats go.',
      advice100: 'Anyone assigned from now on waits for a seat. Free seats or ask the publisher for more licenses.',
      action: 'See the product',
    },
    'license.expiring': {
      label: 'Licenses about to end',
      description: 'Licenses end in 30 days, in 7 days and on their last day',
      subjectAhead: "{customer}'s licenses of {offer} end in {days} days",
      subjectToday: "{customer}'s licenses of {offer} end today",
      body: 'The deal for {plans} ends on {endDate}.',
      advice: 'Renew it to keep the licenses; after the end date they enter a grace period, then are suspended.',
      action: 'See the licenses',
    },
    'license.grace': {
      label: 'Grace periods',
      description: 'Licenses enter their grace period after the deal ended',
      subject: "{customer}'s licenses of {plan} are in their grace period",
      body: 'The deal for {plan} ({offer}, from {publisher}) has ended. The licenses keep working during the grace period.',
      advice: 'Renew the deal to keep them; afterwards they are suspended and license checks fail.',
      action: 'See the licenses',
    },
    'license.suspended': {
      label: 'Suspensions',
      description: 'Licenses are suspended: license checks fail until a renewal',
      subject: "{customer}'s licenses of {plan} are suspended",
      body: 'The licenses of {plan} ({offer}, from {publisher}) are suspended: every license check fails. Assignments are kept.',
      advice: 'Renew the deal to restore them; otherwise they are removed at the end of the suspension.',
      action: 'See the licenses',
    },
    'seat.reclaim_announced': {
      label: 'My unused licenses',
      description: 'A license you have not used for a while is about to be reclaimed',
      subject: 'Your {plan} license will be reclaimed on {dueAt} unless you use it',
      body: 'You have not used {offer} for {days} days, so your organization will give your {plan} license to someone who needs it on {dueAt}.',
      advice: 'To keep it, open the app before then. Nothing else is needed.',
      adviceNoApp: 'To keep it, use the app before then. Nothing else is needed.',
      action: 'Open {offer}',
      actionNoApp: 'See your notifications',
    },
    'seats.reclaimed': {
      label: 'Reclaimed licenses',
      description: 'Unused licenses of a product were reclaimed (license admins and Global admins)',
      subjectOne: '1 unused {plan} license was reclaimed',
      subjectMany: '{count} unused {plan} licenses were reclaimed',
      body: 'These people had not used {offer} for the product’s reclamation period, were told, and did not use it during the notice: {people}.',
      advice: 'The freed seats went to people in the waiting room, if any. You can undo each reclamation until {undoUntil}.',
      action: 'See the reclamations',
    },
    'waiting_room.admitted': {
      label: 'Licenses from the waiting room',
      description: 'You waited for a license and got one',
      subject: 'You got a {plan} license',
      body: 'A {plan} license of {offer} was freed and you were first in the waiting room: it is yours now.',
      action: 'Open {offer}',
      actionNoApp: 'See your notifications',
    },
    'program.decided': {
      label: 'Partner program decisions',
      description: "The operator decides your organization's partner program application",
      subjectApproved: 'Your partner program application was approved',
      subjectDeclined: 'Your partner program application was declined',
      bodyApproved: 'You can now publish offers and register deals{publisher}.',
      bodyApprovedPublisher: ' as publisher "{publisherId}"',
      bodyDeclined: 'The reason given: “{reason}”. You may correct your application and apply again.',
      action: 'Open Partner program',
    },
    'relationship.invited': {
      label: 'Publisher invitations',
      description: 'A publisher invites your organization to a relationship (Global admins)',
      subject: '{publisher} invites your organization to a relationship',
      body: '{publisher} asks to manage licenses for your organization. The invitation is valid until {expiresAt}.',
      message: 'Their message: “{message}”',
      action: 'Review the invitation',
    },
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every catalogue has: the same keys as English, any words. */
export type MessageCatalogue = Widen<typeof en>;
