/** The little of citation-js the tests use (it ships no types): parse RIS into CSL-JSON. */
declare module '@citation-js/core' {
  export interface CslName {
    family?: string;
    given?: string;
    literal?: string;
  }
  export interface CslItem {
    id: string;
    type: string;
    title?: string;
    author?: CslName[];
    editor?: CslName[];
    issued?: { 'date-parts'?: number[][] };
    note?: string | string[];
    [field: string]: unknown;
  }
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: CslItem[];
  }
}
declare module '@citation-js/plugin-ris';
