// Where chrono is worth running: short windows of text around the words every date needs.

import type { Span } from '../types';

/** Words without which no date form can match; a hit opens a window for chrono. */
const DATE_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tue|wed|thu|thur|fri|sat|sun|mon|today|tonight|yesterday|tomorrow|night|week|month|year|ago|(?:1[89]|20)\d\d)\b/gi;

/** Context chrono needs around a hit word ("15th of January", "two days ago"); date words next to each other each open a window, and touching windows merge. */
const WINDOW_REACH = 16;

export interface Window {
  /** Offset in the scanned text. */
  start: number;
  end: number;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

/**
 * Stretches of text around date words, within one line (sentence ends are not limits: a splitter
 * may cut "Jan. 5" at the abbreviation's dot). Overlapping stretches merge.
 */
export function collectWindows(text: string, from: number, exclude: readonly Span[]): Window[] {
  const windows: Window[] = [];
  DATE_WORD.lastIndex = from;
  for (let m = DATE_WORD.exec(text); m; m = DATE_WORD.exec(text)) {
    const hitStart = m.index;
    const hitEnd = hitStart + m[0].length;
    if (exclude.some((x) => hitStart >= x.start && hitStart < x.end)) continue;
    const low = Math.max(from, hitStart - WINDOW_REACH - 20);
    let start = hitStart;
    while (start > low && text.charCodeAt(start - 1) !== 10 && (hitStart - start < WINDOW_REACH || !isSpace(text.charCodeAt(start - 1)))) start--;
    const high = Math.min(text.length, hitEnd + WINDOW_REACH + 20);
    let end = hitEnd;
    while (end < high && text.charCodeAt(end) !== 10 && (end - hitEnd < WINDOW_REACH || !isSpace(text.charCodeAt(end)))) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end && !text.slice(start, last.end).includes('\n')) {
      if (end > last.end) last.end = end;
      continue;
    }
    windows.push({ start, end });
  }
  return windows;
}

/** Strips what chrono keeps around the date words: "on ", "(", ", " and closing punctuation. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  const lead = /^(?:[,(（]\s*)?(?:on\s+)?/i.exec(text.slice(s, Math.min(e, s + 8)));
  if (lead) s += lead[0].length;
  while (e > s && /[\s,)）]/.test(text[e - 1])) e--;
  // A final "." ends the sentence unless it closes an abbreviation ("5 Jan.").
  if (text[e - 1] === '.' && !/\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.$/i.test(text.slice(Math.max(s, e - 6), e))) e--;
  return { start: s, end: e };
}
