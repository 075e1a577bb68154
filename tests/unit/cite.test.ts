import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationText, citeEvent, formatAuthors, referenceParts, referenceText } from '../../src/data/cite';
import type { Dataset, Reference } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
const ref = (id: string): Reference => {
  const found = scs.references.find((r) => r.id === id);
  if (!found) throw new Error(`no reference ${id}`);
  return found;
};
const event = (id: string) => {
  const found = scs.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};
const base: Reference = { id: 'x', key: 'X', authors: [], year: 2020, title: 'A title' };

describe('formatAuthors', () => {
  it('writes people family name first and joins two with &', () => {
    expect(formatAuthors([{ family: 'Bloch', given: 'Marylaure' }])).toBe('Bloch, Marylaure');
    expect(formatAuthors([{ family: 'Brehm', given: 'Stefan' }, { family: 'Loubere', given: 'Nicholas' }])).toBe(
      'Brehm, Stefan & Loubere, Nicholas',
    );
    expect(formatAuthors([{ family: 'Xu' }])).toBe('Xu');
  });

  it('separates three or more with semicolons, since each name holds a comma', () => {
    expect(formatAuthors(ref('kostka-et-al-2021').authors)).toBe('Kostka, Genia; Xu, Xu & Cao, Xun');
  });

  it('writes institutions by name, with the original script after it', () => {
    expect(formatAuthors([{ literal: 'State Council', original: '国务院' }])).toBe('State Council 国务院');
    expect(formatAuthors([{ literal: 'The Economist' }])).toBe('The Economist');
    expect(formatAuthors(ref('lin-2019').authors)).toBe('Lin, Junyu 林钧跃');
  });

  it('marks editors and et al.', () => {
    expect(formatAuthors([{ family: 'Jasanoff', given: 'Sheila' }], { editors: true })).toBe('Jasanoff, Sheila (ed.)');
    expect(formatAuthors(ref('heilmann-perry-2011').authors, { editors: true })).toBe('Heilmann, Sebastian & Perry, Elizabeth J. (eds.)');
    expect(formatAuthors([{ family: 'Hale', given: 'Thomas' }], { etAl: true })).toBe('Hale, Thomas et al.');
    expect(formatAuthors([{ family: 'Delise', given: 'Jacques' }], { editors: true, etAl: true })).toBe('Delise, Jacques et al. (eds.)');
    expect(formatAuthors([])).toBe('');
  });
});

describe('referenceParts', () => {
  it('gives an official notice with its original title, number and day', () => {
    const parts = referenceParts(ref('state-council-1990'));
    expect(parts.map((p) => p.kind)).toEqual(['authors', 'year', 'title', 'titleOriginal', 'container', 'number', 'details', 'note']);
    expect(parts.find((p) => p.kind === 'titleOriginal')?.text).toBe("国务院关于在全国范围内开展清理'三角债'工作的通知");
    expect(parts.find((p) => p.kind === 'number')?.text).toBe('N° (1990)19');
    expect(parts.find((p) => p.kind === 'details')?.text).toBe('26 March 1990');
    expect(parts.some((p) => p.href)).toBe(false);
  });

  it('keeps a document number that has its own prefix as printed', () => {
    expect(referenceParts(ref('european-commission-2021')).find((p) => p.kind === 'number')?.text).toBe('COM(2021) 206 Final');
  });

  it('gives a journal article with volume(issue): pages', () => {
    expect(referenceText(ref('shen-2019'))).toMatch(/^Shen, Kui 沈焯 \(2019\): Shehui .*\. 社会信用体系建设的法治之道\. Zhongguo faxue 中国法学 2019\(5\): 25–46\. /);
  });

  it('gives a book with place and publisher, and a chapter "In:" its volume', () => {
    expect(referenceText(ref('heilmann-perry-2011'))).toBe(
      "Heilmann, Sebastian & Perry, Elizabeth J. (eds.) (2011): Mao's Invisible Hand: The Political Foundations of Adaptive Governance in China. Cambridge, MA: Harvard University Press.",
    );
    expect(referenceParts(ref('knight-2020')).find((p) => p.kind === 'container')?.text).toBe('In: Law and the Party in China, 237–262');
  });

  it('links the URL and says when it was accessed', () => {
    const parts = referenceParts(ref('ahmed-2019'));
    expect(parts.find((p) => p.kind === 'url')).toEqual({
      kind: 'url',
      text: 'http://www.logicmag.io/china/the-messy-truth-about-social-credit/',
      href: 'http://www.logicmag.io/china/the-messy-truth-about-social-credit/',
    });
    expect(parts.find((p) => p.kind === 'details')?.text).toBe('1 May 2019');
    expect(parts.find((p) => p.kind === 'accessed')?.text).toBe('accessed 1 March 2022');
    expect(citationText(parts.filter((p) => p.kind !== 'note'))).toContain('social-credit/, accessed 1 March 2022.');
  });

  it('gives the DOI as a doi.org link, once even when the URL is the same link', () => {
    const parts = referenceParts(ref('creemers-2018'));
    expect(parts.filter((p) => p.kind === 'url')).toEqual([]);
    expect(parts.find((p) => p.kind === 'doi')).toEqual({
      kind: 'doi',
      text: 'https://doi.org/10.2139/ssrn.3175792',
      href: 'https://doi.org/10.2139/ssrn.3175792',
    });
  });

  it('shows the translated title, and month-precise dates in words', () => {
    expect(referenceParts(ref('lin-2012')).find((p) => p.kind === 'titleTranslated')?.text).toBe(
      '[The inheritance of the social credit system theory and its theoretical innovations]',
    );
    expect(referenceParts(ref('backer-2019')).find((p) => p.kind === 'details')?.text).toBe('September 2019');
  });

  it('says n.d. for a work without a year', () => {
    expect(referenceParts(ref('google-trends')).find((p) => p.kind === 'year')?.text).toBe('(n.d.)');
  });

  it('never makes a link of an unsafe URL', () => {
    const parts = referenceParts({ ...base, url: 'javascript:alert(1)' });
    expect(parts.find((p) => p.kind === 'url')).toEqual({ kind: 'url', text: 'javascript:alert(1)' });
    expect(referenceParts({ ...base, url: '/relative' }).find((p) => p.kind === 'url')?.href).toBeUndefined();
  });

  it('gives every reference of the dataset a title part and only http(s) links', () => {
    for (const reference of scs.references) {
      const parts = referenceParts(reference);
      expect(parts.some((p) => p.kind === 'title')).toBe(true);
      for (const part of parts) if (part.href) expect(part.href).toMatch(/^https?:\/\//);
    }
  });
});

describe('citeEvent', () => {
  const page = 'https://example.org/timeline/#event=state-council-notice-1990';

  it('cites an event with its footnote, the article and a link', () => {
    expect(citeEvent(event('state-council-notice-1990'), scs, page)).toBe(
      "26 March 1990 — State Council notice first uses 'social credit'. In: Bloch, Marylaure (2022): “Sociotechnical imaginaries shaping China’s emerging social credit system.” Asiatische Studien – Études Asiatiques 76(1), footnote 45. https://doi.org/10.1515/asia-2021-0019. View: " +
        page,
    );
  });

  it('lists several footnotes', () => {
    expect(citeEvent(event('ndrc-moral-scores-incentive-only-2019'), scs, 'u')).toContain('76(1), footnotes 71, 78. https://doi.org/');
  });

  it('gives the section when the event has no footnote, and says "about" for approximate dates', () => {
    const text = citeEvent(event('scs-objectives-shift-2011-2012'), scs, 'u');
    expect(text.startsWith('about 2011–2012 — Official SCS goals widen')).toBe(true);
    expect(text).toContain('76(1), section 7. https://doi.org/');
  });
});
