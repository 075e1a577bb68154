/** STUB (helper B replaces): the button that starts presentation mode. */
export function PresentButton() {
  return null;
}
