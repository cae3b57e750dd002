import assert from 'node:assert/strict';

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    assert.notEqual(c, '"', `bare quote inside an unquoted field at ${i}`);
    assert.notEqual(c, '\n', `bare line feed at ${i}: RFC 4180 records end in CRLF`);
    field += c; i++;
  }
  assert.equal(field, '', 'the last record must end in CRLF');
  assert.equal(quoted, false, 'unterminated quoted field');
  return rows;
}
