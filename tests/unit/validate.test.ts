import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../src/data/validate';
import { checkDatasetText } from '../../src/data/checkText';

/** A small valid dataset; tests break one thing at a time. */
function tiny() {
  return {
    source: { title: 'An article', authors: ['Doe, Jane'], journal: 'J', volume: '1', issue: '1', year: 2022, doi: '10.1/x', url: 'https://doi.org/10.1/x' },
    categories: [{ id: 'policy', label: 'Policy', description: 'National documents.' }],
    events: [
      { id: 'a', title: 'First', start: '1990-03-26', category: 'policy', summary: 'S', footnotes: [1], section: '6' },
      { id: 'b', title: 'Second', start: '2009', end: '2011', category: 'policy', summary: 'S', footnotes: [], section: '8' },
    ],
    footnotes: [
      { n: 1, refs: ['doe-1990'], note: 'N' },
      { n: 2, refs: [], note: 'N' },
    ],
    references: [{ id: 'doe-1990', key: 'Doe 1990', authors: [{ family: 'Doe', given: 'Jane' }], year: 1990, title: 'T', url: 'https://example.org/a_b' }],
  };
}

const messages = (input: unknown) => validateDataset(input).problems.map(formatProblem);

describe('validateDataset', () => {
  it('accepts a valid dataset unchanged', () => {
    const data = tiny();
    const { dataset, problems } = validateDataset(data);
    expect(problems).toEqual([]);
    expect(dataset).toEqual(data);
  });

  it('accepts Chinese versions in the _zh fields, and refuses empty or non-text ones', () => {
    const data: Record<string, unknown> & ReturnType<typeof tiny> = tiny();
    Object.assign(data.events[0]!, { title_zh: '第一', summary_zh: '摘要' });
    Object.assign(data.categories[0]!, { label_zh: '政策', description_zh: '国家文件。' });
    data.eras = [{ id: 'r', label: 'R', label_zh: '改革', start: '1978', end: '2022', description_zh: '说明' }];
    data.tours = [{ id: 't', title: 'T', title_zh: '导览', description_zh: '说明', steps: [{ event: 'a', caption: 'C', caption_zh: '说明（注1）' }] }];
    expect(messages(data)).toEqual([]);
    Object.assign(data.events[0]!, { title_zh: ' ', summary_zh: 5 });
    Object.assign(data.categories[0]!, { label_zh: '' });
    (data.tours as { steps: { caption_zh: unknown }[] }[])[0]!.steps[0]!.caption_zh = null;
    expect(messages(data)).toEqual([
      'categories[0].label_zh: is empty',
      'events[0].title_zh: is empty',
      'events[0].summary_zh: should be text, not the number 5',
      'tours[0].steps[0].caption_zh: should be text, not null',
    ]);
  });

  it('names the path and the reason of a bad date', () => {
    const data = tiny();
    data.events[1]!.start = '1990-13-01';
    expect(messages(data)).toEqual(['events[1].start: "1990-13-01" is not a date']);
    data.events[1]!.start = '26/03/1990';
    expect(messages(data)).toEqual(['events[1].start: "26/03/1990" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)']);
    data.events[1]!.start = '2019-02-29';
    expect(messages(data)).toEqual(['events[1].start: "2019-02-29" is not a date']);
  });

  it('reports every problem, not just the first', () => {
    const data = tiny() as unknown as { events: Record<string, unknown>[]; references: Record<string, unknown>[] };
    delete data.events[0]!.title;
    data.events[1]!.footnotes = ['one'];
    data.references[0]!.url = 'javascript:alert(1)';
    expect(messages(data)).toEqual([
      'events[0].title: is missing',
      'events[1].footnotes[0]: should be a number, not the text "one"',
      'references[0].url: "javascript:alert(1)" is not an http(s) link',
    ]);
  });

  it('rejects links with a backslash', () => {
    const data = tiny();
    data.references[0]!.url = 'https://example.org/a\\_b';
    expect(messages(data)).toEqual(['references[0].url: "https://example.org/a\\\\_b" is not an http(s) link']);
  });

  it('checks references across records', () => {
    const data = tiny();
    data.events[1]!.id = 'a';
    data.events[0]!.category = 'nope';
    data.events[0]!.footnotes = [1, 7];
    data.events[1]!.end = '2008';
    data.footnotes[0]!.refs = ['doe-1990', 'missing-2000'];
    expect(messages(data)).toEqual([
      'events[1].id: event id "a" is used twice (first at events[0].id)',
      'events[0].category: category "nope" does not exist',
      'events[0].footnotes[1]: footnote 7 does not exist',
      'events[1].end: "2008" is before the start "2009"',
      'footnotes[0].refs[1]: reference "missing-2000" does not exist',
    ]);
  });

  it('allows gaps in footnote numbers: an excerpt keeps its article’s numbers', () => {
    const data = tiny();
    data.footnotes.push({ n: 45, refs: [], note: 'N' });
    expect(messages(data)).toEqual([]);
  });

  it('keeps extra fields: the contract is open', () => {
    const data = { ...tiny(), playlists: [{ id: 't' }] };
    expect(validateDataset(data).dataset).toHaveProperty('playlists');
  });

  it('accepts tours whose steps are events of the dataset', () => {
    const data = { ...tiny(), tours: [{ id: 'both', title: 'Both', description: 'D', steps: [{ event: 'b', caption: 'Later (fn 1).' }, { event: 'a', caption: 'Earlier.' }] }] };
    const { dataset, problems } = validateDataset(data);
    expect(problems).toEqual([]);
    expect(dataset?.tours?.[0]?.steps.map((s) => s.event)).toEqual(['b', 'a']);
  });

  it('reports a tour step whose event does not exist, and a tour id used twice', () => {
    const step = (event: string) => ({ event, caption: 'C' });
    const data = {
      ...tiny(),
      tours: [
        { id: 't', title: 'One', steps: [step('a'), step('missing')] },
        { id: 't', title: 'Two', steps: [step('b')] },
      ],
    };
    expect(messages(data)).toEqual(['tours[1].id: tour id "t" is used twice (first at tours[0].id)', 'tours[0].steps[1].event: event "missing" does not exist']);
  });

  it('accepts section bands, and reports a band id or a section number used twice and a malformed number', () => {
    const band = (id: string, numbers: string[]) => ({ id, title: `Band ${id}`, numbers });
    expect(validateDataset({ ...tiny(), sections: [band('west', ['5']), band('home', ['7', '7.2'])] }).problems).toEqual([]);
    expect(messages({ ...tiny(), sections: [band('west', ['5']), band('west', ['6', '5'])] })).toEqual([
      'sections[1].id: section id "west" is used twice (first at sections[0].id)',
      'sections[1].numbers[1]: section number "5" is used twice (first at sections[0].numbers[0])',
    ]);
    const malformed = messages({ ...tiny(), sections: [band('west', ['five']), band('home', [])] });
    expect(malformed).toHaveLength(2);
    expect(malformed[0]).toMatch(/^sections\[0\]\.numbers\[0\]: "five" is not a section number/);
    expect(malformed[1]).toMatch(/^sections\[1\]\.numbers: names no section/);
  });

  it('checks each tour on its own: a title, at least one step, a caption for each', () => {
    const data = {
      ...tiny(),
      tours: [
        { id: 'empty', title: 'Empty', steps: [] },
        { id: 'x', title: ' ', steps: [{ event: 'a' }] },
      ],
    };
    expect(messages(data)).toEqual(['tours[0].steps: has no steps', 'tours[1].title: is empty', 'tours[1].steps[0].caption: is missing']);
  });

  it('says what the document is when it is not a dataset', () => {
    expect(messages([])).toEqual(['should be an object, not a list']);
  });
});

describe('checkDatasetText', () => {
  it('locates a JSON syntax error', () => {
    expect(checkDatasetText('{\n  "source": ,\n}').problems).toEqual([
      { path: '', message: 'not valid JSON: line 2, column 13: unexpected ","' },
    ]);
    expect(checkDatasetText('{"a": [1, 2}').problems[0]!.message).toBe('not valid JSON: line 1, column 12: expected "," or "]", unexpected "}"');
    expect(checkDatasetText('{"a": "line\nbreak"}').problems[0]!.message).toBe(
      'not valid JSON: line 1, column 12: a control character (such as a raw newline) inside a string',
    );
  });
});
