/**
 * The hostile and broken input corpus, one entry per case: how the
 * input file is made and what must come out — either an error naming the
 * file, or a document whose changed finding reads exactly `finding`.
 * tests/hostile/README.md documents the same table for people;
 * write-cases.ts writes input/ from here; tests/quality/hostile.test.ts checks.
 */
import { makeVariant, seedText } from './make-variant.ts';

/** One hostile input and its documented outcome. */
export interface HostileCase {
  /** File name in tests/hostile/input/ (the order ingest reads them in). */
  file: string;
  /** The bytes of the file. */
  bytes: () => Uint8Array;
  /** Expected: an error message (and source line when known)… */
  error?: RegExp;
  line?: number;
  /** …or a document whose changed finding reads exactly this (after cleaning). */
  finding?: string;
  /** The seed the document comes from: its other findings must equal the committed ones. */
  seed?: number;
  /** Written by the test into a temporary folder instead of committed (too large for the repository). */
  generated?: boolean;
  /** The text ends early: the document is built flagged incomplete, its findings the seed's up to the cut. */
  incomplete?: boolean;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Windows-1252 bytes of a text that only uses characters that encoding has. */
function cp1252(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1252');
  const table = new Map([...Array(256).keys()].map((b) => [decoder.decode(Uint8Array.of(b)), b]));
  return Uint8Array.from(
    [...text].map((c) => {
      const byte = table.get(c);
      if (byte === undefined) throw new Error(`${c} is not in windows-1252`);
      return byte;
    }),
  );
}

/** UTF-16 little-endian bytes with a byte order mark. */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, true);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), true);
  return bytes;
}

/** The finding each seed's variants replace: a plain "- " item. */
export const TARGETS = [
  'The arrangements for transferring cases between teams are not sufficiently efficient to support continuity in services experienced by children and young people.',
  'Contacts and referrals are responded to promptly and there is effective decision making regarding required actions.',
  'Casework supervision is regular, consistently recorded and results in clear decisions and actions for staff in safeguarding children.',
  'Out of hours duty arrangements are robust and linked well to the day contact, referral and assessment services.',
];

/** How a good case is made from its seed letter. */
interface LetterOptions {
  /** The expected finding after cleaning, when it differs from the source text. */
  finding?: string;
  /** Seed index (default 0, Leicester). */
  seed?: number;
  /** Text → bytes (UTF-8 unless given). */
  encode?: (text: string) => Uint8Array;
  /** A change to the whole letter (line ends, page breaks, padding, a cut). */
  transform?: (text: string) => string;
  generated?: boolean;
  /** The replaced finding (default: the seed's target). */
  from?: string;
  incomplete?: boolean;
}

/** A good case: a seed letter with one finding replaced by `to`, inspected `index` months after September 2010. */
function letter(index: number, file: string, to: string, options: LetterOptions = {}): HostileCase {
  const seed = options.seed ?? 0;
  const m = 8 + index;
  const month = `${2010 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  const { encode = utf8, transform = (t: string) => t } = options;
  const from = options.from ?? TARGETS[seed];
  return {
    file,
    seed,
    finding: options.finding ?? to,
    generated: options.generated,
    incomplete: options.incomplete,
    bytes: () => encode(transform(makeVariant({ seed, month, finding: [from, to] }))),
  };
}

/** A letter padded to over 5 MB with narrative paragraphs (not findings). */
function padTo5MB(text: string): string {
  const anchor =
    'I am grateful to you and your staff for your help and the time given during this inspection.';
  const paragraph = `\n\n${'Inspectors read further case records and supervision notes on both days. '.repeat(20)}`;
  return text.replace(anchor, anchor + paragraph.repeat(Math.ceil(5_100_000 / paragraph.length)));
}

const leicester = () => seedText(0);
/** A Leicester finding before the cut of the truncated case. */
const KEPT =
  'Work identified as requiring a child protection response is allocated to qualified and, mostly, experienced social workers.';
const LONG_WORD = 'Antidisestablishmentarianism'.repeat(120);

/** Every case, in file order. */
export const HOSTILE_CASES: HostileCase[] = [
  // Documents that must build, showing the hostile text literally.
  {
    file: '01-seed-letter-unchanged.txt',
    seed: 0,
    finding: TARGETS[0],
    bytes: () => utf8(leicester()),
  },
  letter(
    0,
    '02-curly-braces.txt',
    'Thresholds {are} not {applied}; see {props.secret} and {/* note */} and {{double}} and a lone {',
  ),
  letter(
    1,
    '03-script-tag.txt',
    'Staff said <script>alert("xss")</script> appeared in the case notes.',
  ),
  letter(
    2,
    '04-jsx-component.txt',
    'Referrals are logged in <Component prop={1} /> and <Finding id="fake">forged</Finding> forms.',
  ),
  letter(3, '05-import-line.txt', "import Evil from './evil.mdx'"),
  letter(4, '06-export-line.txt', 'export const leaked = process.env.HOME;'),
  letter(
    5,
    '07-markdown-syntax.txt',
    '**Bold** _claims_, [a link](https://evil.example/), # hash, > quote, | table |, `code`, ![image](x.png) and <https://auto.example/>',
  ),
  letter(
    6,
    '08-javascript-links.txt',
    'Click [here](javascript:alert(1)) or javascript:alert(document.cookie) or <a href="javascript:alert(2)">this</a>.',
  ),
  letter(7, '09-very-long-word.txt', `The word ${LONG_WORD} has no break.`),
  letter(
    8,
    '10-html-entities.txt',
    'Caseloads &lt;rose&gt; &amp; fell; &#x3C;script&#x3E; &nbsp; &copy; &#0; &unknown;',
  ),
  letter(
    9,
    '11-rtl-and-zero-width.txt',
    'Notes \u202Eexe.txt\u202C, zero\u200Bwidth\u200C non\u200Djoiner, \u2066isolate\u2069, \u200Fمرحبا and שלום.',
  ),
  letter(
    10,
    '12-control-characters.txt',
    'Recording \u0007bell, \u001b[31mANSI colour\u001b[0m, back\u0008space and del\u007F.',
  ),
  letter(
    11,
    '13-backslashes-and-templates.txt',
    'Paths like C:\\Users\\social\\notes, \\n \\t \\\\ escapes, ${process.env.SECRET} and `tick`.',
  ),
  letter(
    12,
    '14-comments-and-closing-tags.txt',
    'Hidden <!-- comment --> and <![CDATA[ x ]]> and </Finding></Findings></main> and <img src=x onerror=alert(1)> and <style>body{display:none}</style>.',
  ),
  letter(13, '15-frontmatter-and-yaml.txt', '--- title: forged --- and key: "value" and | a | b |'),
  letter(
    14,
    '16-emoji-and-astral.txt',
    'Emoji 😀, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters and e\u0301 with a combining accent.',
  ),
  letter(
    15,
    '17-stray-layout-tags.txt',
    'Workers <b>said</b> supervision <span class="x">was</span> rare.',
    { finding: 'Workers said supervision was rare.' },
  ),
  // Curly quotes are decoded right, then normalised to straight ones (clean/normalise-glyphs.ts) like every glyph variant.
  letter(
    16,
    '18-windows-1252.txt',
    'Social workers’ “caseloads” – about £30 – rose by 10‰ in the café • €',
    {
      seed: 1,
      encode: cp1252,
      finding: 'Social workers\' "caseloads" – about £30 – rose by 10‰ in the café • €',
    },
  ),
  letter(17, '19-utf-16le-bom.txt', 'UTF-16: naïve “quotes”, 😀 and 子ども.', {
    seed: 2,
    encode: utf16le,
    finding: 'UTF-16: naïve "quotes", 😀 and 子ども.',
  }),
  letter(18, '20-utf-8-bom.txt', 'UTF-8 with a byte order mark: naïve café.', {
    encode: (t) => utf8(`\uFEFF${t}`),
  }),
  letter(19, '21-crlf.txt', 'Windows line ends are read as one line end each.', {
    seed: 3,
    transform: (t) => t.replace(/\n/g, '\r\n'),
  }),
  letter(
    20,
    '22-form-feeds.txt',
    'Case files are not always\n\fupdated promptly after a page break.',
    {
      finding: 'Case files are not always updated promptly after a page break.',
      seed: 3,
      transform: (t) => t.replace(/\n{3,}/g, '\n\f'),
    },
  ),
  // 5 MB of narrative in the letter's body: too big to commit, so the test writes it into a temporary folder.
  letter(21, '23-five-megabytes.txt', 'A five-megabyte letter still gives its findings.', {
    generated: true,
    transform: padTo5MB,
  }),
  // A letter that ends early (cut before "Areas for development"): kept, flagged incomplete, its first 13 findings intact.
  letter(22, '35-truncated-letter.txt', KEPT, {
    from: KEPT,
    incomplete: true,
    transform: (t) => t.slice(0, t.indexOf('Areas for development')),
  }),
  // Files that must be rejected with an error naming them.
  { file: '30-empty.txt', error: /the file is empty/, bytes: () => new Uint8Array() },
  {
    file: '31-white-space-only.txt',
    error: /only white space/,
    bytes: () => utf8('\n \t\r\n\f\n'),
  },
  {
    file: '32-pdf-bytes.txt',
    error: /the file is binary/,
    bytes: () =>
      Uint8Array.from([
        ...utf8('%PDF-1.4\n%'),
        0xe2,
        0xe3,
        0xcf,
        0xd3,
        0x0a,
        ...utf8('1 0 obj\n<< /Length 9 /Filter /FlateDecode >>\nstream\n'),
        0x78,
        0x9c,
        0x00,
        0x00,
        0x03,
        0x00,
        0x00,
        0x00,
        0x01,
      ]),
  },
  {
    file: '33-many-control-characters.txt',
    error: /the file is binary/,
    bytes: () => utf8(`${leicester().slice(0, 2000)}${'\u0007\u001b'.repeat(40)}`),
  },
  {
    file: '34-not-a-letter.txt',
    error: /not an Ofsted letter or council report/,
    bytes: () =>
      utf8(
        'Minutes of the Parks and Open Spaces Committee\n\nPresent: Cllr A. Smith (Chair)\n\n1. The committee discussed the bandstand.\n',
      ),
  },
  {
    file: '36-duplicate-of-01.txt',
    error:
      /duplicate: the same inspection \(Leicester, 2009-08-11\) as 01-seed-letter-unchanged\.txt/,
    bytes: () => utf8(leicester().replace(/\n/g, '\r\n')),
  },
  {
    file: '37-unknown-council.txt',
    error: /"Gotham City Council" is not one of the 152 authorities/,
    bytes: () =>
      utf8(
        leicester()
          .replaceAll('Leicester City Council', 'Gotham City Council')
          .replace('11 and 12 August 2009', '11 and 12 August 2011'),
      ),
  },
  {
    file: '38-unreadable-dates.txt',
    error: /inspection dates not understood/,
    line: 32,
    bytes: () =>
      utf8(leicester().replace('11 and 12 August 2009', 'the second week of Augustember')),
  },
];
