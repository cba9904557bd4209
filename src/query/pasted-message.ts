/**
 * Messages pasted into the chat from elsewhere: a forwarded email ("FW:
 * Durham", "Hi all, …", "Thanks, Ollie"), a quoted thread ("> Jess: did
 * Wirral improve…"), a meeting's action point ("ACTION: JB to find out…").
 * The envelope says who wrote to whom; the question is inside it. Read
 * without the envelope, the question is what is left, and a subject line
 * ("FW: Durham", "Subject: Pre-birth") is kept as a sentence of its own,
 * since it often names the council or the topic.
 *
 * Only a message with a paste's marks is read so: a header line (FW:, RE:,
 * Subject:) or a quoted line ("> "). A greeting typed in the chat itself
 * ("hi, what's Newham's rating?") is how the question is put, and stays.
 */

/** A forwarded or replied-to email's header: "FW: ", "Fwd: RE: ", "Subject: ". */
const HEADER = /^\s*(?:(?:fw|fwd|re)\s*:\s*)+|^\s*subject\s*:\s*/i;
/** A quoted line of a thread, and the speaker's name before a colon: "> Priya: ", ">> Me: ". */
const QUOTED = /^\s*>+\s*(?:[\p{L}][\p{L}.'’-]*(?: [\p{L}][\p{L}.'’-]*)?\s*:\s+)?/u;
/** A meeting's action point: "ACTION: JB to find out ", "Action - SM to check ". */
const ACTION = /^\s*action\s*[:-]\s*(?:[\p{L}.]{1,12}\s+to\s+(?:find out|check|confirm|look into|look up|get|pull together|ask)\s+)?/iu;
/** A greeting opening the email's body: "Hi all,", "Hello Sam -", "Dear colleagues,", "Morning both". */
const GREETING = /^\s*(?:hi|hello|hey|dear|morning|good morning|afternoon|good afternoon)\b(?:\s+(?:all|both|team|everyone|folks|colleagues|[\p{Lu}][\p{L}'’-]*)){0,2}\s*[,!:–—-]?\s*/iu;
/** A sign-off, and the name after it: "Thanks, Grace", "Kind regards", "Cheers", "Many thanks – Tunde". */
const SIGN_OFF = /^\s*(?:thanks|thank you|many thanks|thanks again|regards|kind regards|best regards|best wishes|best|cheers|ta|warm regards)\b[\s,!.–—-]*(?:[\p{L}][\p{L}'’-]*\s*){0,3}$/iu;

/** A name alone on a line: "Karen", "Sam P.", "— Tunde". */
const SIGNATURE = /^\s*[–—-]?\s*[\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’.-]*)?\.?\s*$/u;

/** Whether `text` carries a paste's marks (see the module comment). */
export function isPastedMessage(text: string): boolean {
  return text.split('\n').some((line) => HEADER.test(line) || /^\s*>/.test(line) || /^\s*action\s*[:-]/i.test(line));
}

/**
 * `text` without its envelope: headers' labels, quote marks and speakers,
 * action labels, the greeting and the sign-off with everything after it
 * (the signature). Each line left ends as a sentence. Text with no paste's
 * marks is returned as it is.
 */
export function withoutEnvelope(text: string): string {
  if (!isPastedMessage(text)) return text;
  const kept: string[] = [];
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    if (SIGN_OFF.test(raw) && kept.length > 0) break;
    // The sender's name alone on the last line ("Karen").
    if (i === lines.length - 1 && kept.length > 0 && SIGNATURE.test(raw)) break;
    const line = raw.replace(HEADER, '').replace(QUOTED, '').replace(ACTION, '').replace(GREETING, '').trim();
    if (line === '') continue;
    kept.push(/[.!?:;]$/.test(line) ? line : `${line}.`);
  }
  return kept.length === 0 ? text : kept.join(' ');
}
