/** STUB (helper C replaces): light, dark, high contrast or system. */
export function ThemeSwitch() {
  return null;
}
