/** STUB (helper A replaces): exports of the current view, events and bibliography. */
export function ExportMenu() {
  return null;
}
