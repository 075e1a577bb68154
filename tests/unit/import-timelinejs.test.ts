import { describe, expect, it } from 'vitest';
import { timelineJsToDataset } from '../../src/data/import/timelinejs';
import { decodeEntities, htmlToText } from '../../src/data/import/plainText';
import type { ImportResult } from '../../src/data/import/lenient';
import { formatProblem } from '../../src/data/validate';

const lines = (result: ImportResult) => result.problems.map((p) => `${p.severity}: ${formatProblem(p)}`);
const rejections = (result: ImportResult) => lines(result).filter((line) => line.startsWith('rejected'));

const slide = (start_date: unknown, headline = 'Event', extra: Record<string, unknown> = {}) => ({ start_date, text: { headline }, ...extra });

describe('timelineJsToDataset', () => {
  it('maps a TimelineJS document onto our format, keeping date precision', () => {
    const result = timelineJsToDataset({
      title: { text: { headline: 'China <em>credit</em>', text: '<p>From 1984 &amp; on</p>' } },
      events: [
        slide({ year: 1990 }, 'Year only', { unique_id: 'year-only', group: 'Policy' }),
        slide({ year: '1990', month: '3' }, 'Year and month', { unique_id: 'month', group: 'Policy' }),
        { start_date: { year: 1990, month: 3, day: 26, display_date: 'Spring 1990' }, end_date: { year: '1991' }, text: { headline: 'Day', text: '<p>One<br/>two</p><p>Three &lt;4&gt; &#39;five&#39; &#x4E2D;</p>' }, unique_id: 'day', group: 'Local pilots' },
      ],
      eras: [{ start_date: { year: 1978 }, end_date: { year: 2022 }, text: { headline: 'Reform', text: 'Opening up' } }],
    });
    expect(rejections(result)).toEqual([]);
    expect(result.format).toBe('timelinejs');
    expect(result.dataset?.source).toEqual({ title: 'China credit', description: 'From 1984 & on' });
    expect(result.dataset?.events).toEqual([
      { id: 'year-only', title: 'Year only', start: '1990', category: 'policy', summary: '', footnotes: [] },
      { id: 'month', title: 'Year and month', start: '1990-03', category: 'policy', summary: '', footnotes: [] },
      { id: 'day', title: 'Day', start: '1990-03-26', end: '1991', category: 'local-pilots', summary: 'One\ntwo\n\nThree <4> \'five\' 中', footnotes: [], displayDate: 'Spring 1990' },
    ]);
    expect(result.dataset?.categories).toEqual([
      { id: 'policy', label: 'Policy', description: '' },
      { id: 'local-pilots', label: 'Local pilots', description: '' },
    ]);
    expect(result.dataset?.eras).toEqual([{ id: 'reform-1978', label: 'Reform', start: '1978', end: '2022', description: 'Opening up' }]);
    expect(result.dataset?.footnotes).toEqual([]);
  });

  it('rejects impossible dates, naming the field', () => {
    const result = timelineJsToDataset({
      events: [
        slide({ year: 1990 }, 'Fine'),
        slide({ year: -500 }, 'BCE'),
        slide({ year: 0 }, 'Year zero'),
        slide({ year: 1990, month: 13 }, 'Month 13'),
        slide({ year: 1990, month: '0' }, 'Month 0'),
        slide({ year: '1990', month: 2, day: 29 }, 'No leap day'),
        slide({ year: 1990, day: 5 }, 'Day without month'),
        slide({ year: 'circa 1990' }, 'Text year'),
        slide({ year: 1990.5 }, 'Fraction'),
        slide({ year: 12345 }, 'Far future'),
        slide({ month: 3 }, 'No year'),
        { text: { headline: 'No start' } },
        slide({ year: 2000 }, 'Backwards', { end_date: { year: 1999 } }),
      ],
    });
    expect(rejections(result)).toEqual([
      'rejected: events[1].start_date.year: -500 is not a year this timeline can show (1 to 9999: no year 0, no years BCE)',
      'rejected: events[2].start_date.year: 0 is not a year this timeline can show (1 to 9999: no year 0, no years BCE)',
      'rejected: events[3].start_date.month: 13 is not a month (1 to 12)',
      'rejected: events[4].start_date.month: 0 is not a month (1 to 12)',
      'rejected: events[5].start_date.day: 29 is not a day of 1990-02 (1 to 28)',
      'rejected: events[6].start_date.day: a day (5) needs a month',
      'rejected: events[7].start_date.year: the text "circa 1990" is not a whole number',
      'rejected: events[8].start_date.year: the number 1990.5 is not a whole number',
      'rejected: events[9].start_date.year: 12345 is not a year this timeline can show (1 to 9999: no year 0, no years BCE)',
      'rejected: events[10].start_date.year: is missing',
      'rejected: events[11].start_date: is missing',
      'rejected: events[12].end_date: "1999" is before the start "2000"',
    ]);
    expect(result.summary.events).toEqual({ total: 13, loaded: 1, rejected: 12, created: 0 });
  });

  it('accepts a leap day and pads early years', () => {
    const result = timelineJsToDataset({ events: [slide({ year: 2020, month: 2, day: 29 }, 'Leap'), slide({ year: '800' }, 'Early')] });
    expect(result.dataset?.events.map((e) => e.start)).toEqual(['2020-02-29', '0800']);
  });

  it('reports missing or malformed text at its TimelineJS path', () => {
    const result = timelineJsToDataset({
      events: [
        { start_date: { year: 1990 }, text: { text: 'no headline' } },
        { start_date: { year: 1990 }, text: { headline: '<img src=x onerror=alert(1)>' } },
        { start_date: { year: 1990 }, text: 'Headline' },
        { start_date: { year: 1990 }, text: { headline: 5 } },
        { start_date: { year: 1990 }, text: { headline: 'Fine' }, group: { name: 'x' } },
        'slide',
      ],
    });
    expect(rejections(result)).toEqual([
      'rejected: events: none of the 6 events could be loaded',
      'rejected: events[0].text.headline: is missing',
      'rejected: events[1].text.headline: is empty',
      'rejected: events[2].text: should be an object {headline, text}, not the text "Headline"',
      'rejected: events[3].text.headline: should be text, not the number 5',
      'rejected: events[4].group: should be text, not an object',
      'rejected: events[5]: should be an object, not the text "slide"',
    ]);
  });

  it('makes ids and categories where TimelineJS has none, and says so', () => {
    const result = timelineJsToDataset({
      events: [
        slide({ year: 1990 }, 'Same'),
        slide({ year: 1990 }, 'Same'),
        slide({ year: 1991 }, 'Odd id', { unique_id: 'Slide_3' }),
        slide({ year: 1992 }, 'Kept', { unique_id: 'same-1990' }),
        slide({ year: 1993, hour: 12 }, 'Timed', { media: { url: 'https://example.org/a.png' } }),
      ],
    });
    expect(result.dataset?.events.map((e) => [e.id, e.category])).toEqual([
      ['same-1990-2', 'ungrouped'],
      ['same-1990-3', 'ungrouped'],
      ['slide-3', 'ungrouped'],
      ['same-1990', 'ungrouped'],
      ['timed-1993', 'ungrouped'],
    ]);
    expect(result.dataset?.events[4]?.media).toEqual({ url: 'https://example.org/a.png' });
    expect(lines(result)).toEqual([
      'warning: events: 3 events have no unique_id, so ids were made from the headline and date: events[0], events[1], events[4]',
      'warning: events: no event has a group, so all are in one category, "ungrouped"',
      'warning: events: times of day are not kept (dates stop at the day): events[4]',
      'warning: events: media (images, video, links) are kept in the data but not shown: events[4]',
      'warning: title: is missing; the title "Imported timeline" is used',
      'warning: events[2].unique_id: "Slide_3" is not an id in this format (lowercase letters, digits and "-"); "slide-3" is used',
    ]);
    expect(result.dataset?.categories).toEqual([{ id: 'ungrouped', label: 'Ungrouped', description: '' }]);
  });

  it('rejects the later of two slides with the same unique_id', () => {
    const result = timelineJsToDataset({ events: [slide({ year: 1990 }, 'A', { unique_id: 'x' }), slide({ year: 1991 }, 'B', { unique_id: 'x' })] });
    expect(rejections(result)).toEqual(['rejected: events[1].unique_id: event id "x" is used twice (first at events[0]); only the first is loaded']);
  });

  it('treats empty spreadsheet dates as absent', () => {
    const result = timelineJsToDataset({ events: [slide({ year: '1990', month: '', day: '' }, 'A', { end_date: { year: '', month: '', day: '' } })] });
    expect(result.dataset?.events[0]).toMatchObject({ start: '1990' });
    expect(result.dataset?.events[0]?.end).toBeUndefined();
  });

  it('rejects eras record by record', () => {
    const result = timelineJsToDataset({
      events: [slide({ year: 1990 })],
      eras: [{ start_date: { year: 1990 }, text: { headline: 'No end' } }, { start_date: { year: 1990 }, end_date: { year: 1991 } }, 5],
    });
    expect(rejections(result)).toEqual([
      'rejected: eras[0].end_date: is missing',
      'rejected: eras[1].text.headline: is missing',
      'rejected: eras[2]: should be an object, not the number 5',
    ]);
    expect(result.summary.eras).toEqual({ total: 3, loaded: 0, rejected: 3, created: 0 });
  });

  it('gives no dataset for a document that is not a timeline', () => {
    expect(lines(timelineJsToDataset('x'))).toEqual(['rejected: should be an object with a list of "events", not the text "x"']);
    expect(lines(timelineJsToDataset({ title: {} }))).toEqual(['rejected: events: is missing: a timeline needs a list of events']);
    expect(timelineJsToDataset({ events: [] }).dataset).toBeNull();
  });
});

describe('htmlToText', () => {
  it('strips tags, comments and script/style contents, and decodes references', () => {
    expect(htmlToText('<p class="a>b">Hello <b>world</b></p><!-- note --><script>alert("<p>")</script><style>p{}</style>!')).toBe('Hello world\n\n!');
    expect(htmlToText('a &amp;lt; b &lt; c &#8212; &#x1F600; &unknown; &#0; &nbsp;x')).toBe('a &lt; b < c — 😀 &unknown; \uFFFD  x');
    expect(htmlToText('1 < 2 and 3 > 2')).toBe('1 < 2 and 3 > 2');
    expect(htmlToText('  spread\n  over   lines  ')).toBe('spread over lines');
    expect(htmlToText('<a href="javascript:alert(1)">link</a>')).toBe('link');
    expect(htmlToText('<div>unclosed <b attr="x>')).toBe('unclosed');
    expect(htmlToText('')).toBe('');
  });

  it('decodes the basic references', () => {
    expect(decodeEntities('&amp; &lt; &gt; &quot; &#39; &apos; &#65;&#x42;')).toBe('& < > " \' \' AB');
  });
});
