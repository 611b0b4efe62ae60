import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { csvCell, decodeCsvBytes, parseCsv, parseCsvTable, toCsv } from './csv.js';

test('quoted cells keep commas, quotes and line breaks', () => {
  const { rows, problems } = parseCsv('a,"b, c","say ""hi""\nthere"\r\n\n1,2,3');
  assert.deepEqual(problems, []);
  assert.deepEqual(rows, [
    { line: 1, cells: ['a', 'b, c', 'say "hi"\nthere'] },
    { line: 4, cells: ['1', '2', '3'] },
  ]);
});

test('an unterminated quote is reported at the line and cell where it opens', () => {
  const { problems } = parseCsv('a,b\n1,"open\n2,3');
  assert.deepEqual(problems, [{ line: 2, column: 2, message: 'This quoted cell is never closed' }]);
});

test('a stray quote is reported and only its row is left out', () => {
  const { rows, problems } = parseCsv('a,b\nab"c,d\n1,2\n');
  assert.deepEqual(rows, [
    { line: 1, cells: ['a', 'b'] },
    { line: 3, cells: ['1', '2'] },
  ]);
  assert.deepEqual(problems, [{ line: 2, column: 1, message: 'A quote appears inside an unquoted cell; wrap the whole cell in quotes and double the inner quote ("")' }]);
});

test('CRLF, LF and CR line ends, blank lines and lines of spaces', () => {
  const { rows, problems } = parseCsv('a,b\r\n1,2\r\n   \n\n3,4\r5,6\n"",x');
  assert.deepEqual(problems, []);
  assert.deepEqual(rows, [
    { line: 1, cells: ['a', 'b'] },
    { line: 2, cells: ['1', '2'] },
    { line: 5, cells: ['3', '4'] },
    { line: 6, cells: ['5', '6'] },
    { line: 7, cells: ['', 'x'] },
  ]);
});

test('UTF-8 with BOM decodes; Latin-1 and UTF-16 are named', () => {
  const bom = decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Name\nJosé')]));
  assert.deepEqual(bom, { ok: true, text: 'Name\nJosé' });
  const latin1 = decodeCsvBytes(Buffer.from('Name\nJos\xe9', 'latin1'));
  assert.equal(latin1.ok, false);
  assert.deepEqual(!latin1.ok && [latin1.problem.line, latin1.problem.column], [2, 4]);
  const utf16 = decodeCsvBytes(Buffer.from('\ufeffName', 'utf16le'));
  assert.match(!utf16.ok ? utf16.problem.message : '', /UTF-16/);
});

test('tables: headers matched loosely, missing, unknown and repeated columns reported, short rows named', () => {
  const columns = [
    { key: 'id' as const, headers: ['Service ID'], required: true },
    { key: 'name' as const, headers: ['Display name'], required: true },
  ];
  const ok = parseCsvTable(' service id , DISPLAY_NAME\nx.y.z,Gold\n', columns);
  assert.deepEqual(ok.records, [{ line: 2, values: { id: 'x.y.z', name: 'Gold' } }]);
  const bad = parseCsvTable('Service ID,Colour,Service ID\na,b\n', columns);
  assert.deepEqual(
    bad.problems.map((p) => p.message),
    ['Unknown column "Colour"; expected "Service ID", "Display name"', 'Column "Service ID" appears twice', 'Missing column "Display name"', 'Expected 3 cells, found 2'],
  );
});

test('CSV output defuses formulas and round-trips through the parser', () => {
  assert.equal(csvCell('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
  assert.equal(csvCell('+1'), "'+1");
  assert.equal(csvCell(-5), '-5', 'numbers are numbers, not formulas');
  fc.assert(
    fc.property(fc.array(fc.array(fc.string({ minLength: 1 }).filter((s) => !/^[=+\-@\t\r]/.test(s) && s.trim() === s), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), (rows) => {
      const text = toCsv(['a', 'b'], rows);
      const parsed = parseCsv(text);
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual(parsed.rows.map((r) => r.cells), [['a', 'b'], ...rows]);
    }),
  );
});
