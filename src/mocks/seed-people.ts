// The seed's people: varied names, accents and apostrophes included, and
// how a name becomes a username.
import type { Random } from './random';

const FIRST_NAMES = [
  'Ada',
  'Alan',
  'Grace',
  'Linus',
  'Margaret',
  'Edsger',
  'Barbara',
  'Donald',
  'José',
  'Zoë',
  'François',
  'Søren',
  'Łukasz',
  'Björn',
  'Chloé',
  'Siobhán',
  'Ana María',
  'Nguyễn',
  'Oluwaseun',
  'Priya',
  'Mei',
  'Kenji',
  'Aoife',
  'Mateo',
  'Fatima',
  'Dmitri',
  'Ingrid',
  'Kwame',
  'Yara',
  'Tomás',
  'Amélie',
  'Rafał',
  'Hana',
  'Emeka',
  'Saoirse',
  'Renée',
  'Jürgen',
  'Ximena',
  'Arjun',
] as const;

const LAST_NAMES = [
  'Lovelace',
  'Turing',
  'Hopper',
  'Hamilton',
  'Dijkstra',
  'Liskov',
  'Knuth',
  'García',
  'Müller',
  'Ødegaard',
  'Wiśniewski',
  'Lindqvist',
  "O'Connor",
  'Nakamura',
  'Okafor',
  'Patel',
  'Chen',
  'Ivanova',
  'Dvořák',
  'Núñez',
  'Van der Berg',
  'Al-Rashid',
  'Kowalczyk',
  'Mensah',
  'Fernández',
  'Søndergaard',
  'Ní Bhriain',
  'Takahashi',
  'Haddad',
  'Brontë',
] as const;

const LONG_NAMES = [
  'Maximiliana Alexandrina Featherstonehaugh-Worthington',
  'Bartholomew Christopher Montgomery-Fitzwilliam III',
  'Wolfeschlegel Hubert Blaine Steinhausenbergerdorff',
];

export const DOMAINS = [
  'example.com',
  'research.example.org',
  'ml.example.net',
];

// Names repeat across a large organization: each is folded once.
const folded = new Map<string, string>();

/** Folds accents away, for usernames and email local parts. */
export function ascii(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    result = fold(text);
    folded.set(text, result);
  }
  return result;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

/** A seeded person: a varied name, now and then a very long one. */
export function person(random: Random, index: number) {
  if (index % 97 === 41) {
    const full = LONG_NAMES[index % LONG_NAMES.length] ?? 'Long Name';
    const [first = 'long', ...rest] = full.split(' ');
    return { displayName: full, first, last: rest.join(' ') };
  }
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  return { displayName: `${first} ${last}`, first, last };
}
