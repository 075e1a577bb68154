const { parseCsv, csvToDataset } = await import('./src/data/import/csv');
for (const [name, text] of [['fields', 'a,'.repeat(2_000_000)], ['newlines', '\n'.repeat(3_000_000)], ['crlf', '\r\n'.repeat(2_000_000)], ['commas', ',\n'.repeat(2_000_000)], ['rows', 'title,start\n' + 'x,1\n'.repeat(600_000)], ['badrows', 'title,start\n' + 'x,y\n'.repeat(600_000)]] as const) {
  let t = performance.now(); parseCsv(text); const a = performance.now() - t;
  t = performance.now(); const r = csvToDataset(text); const b = performance.now() - t;
  console.log(name, Math.round(a), Math.round(b), r.summary.events, r.problems.length, r.problems[0]?.message.slice(0, 200));
}
