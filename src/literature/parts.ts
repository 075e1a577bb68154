/** The article's lens parts that load on first use (the lane, the histogram, a work's panel). */
export { LiteratureLane } from './LiteratureLane';
export { PublicationHistogram } from './PublicationHistogram';
export { WorkPanel } from './WorkPanel';
