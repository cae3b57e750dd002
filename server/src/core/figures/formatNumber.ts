import { type NumberReading, numberToWords } from './readNumber';

/** `2500` → `2,500` (or `2 500`, `2500`): groups of three, as the article writes its numbers. */
export function groupDigits(n: number, separator: string): string {
  const [whole, fraction] = String(n).split('.');
  const grouped = separator ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator) : whole;
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/**
 * Writes `value` the way `written` was written, so a quick fix reads naturally in the sentence:
 * `5,000` → `2,500`, `1.5 million` → `2.5 million`, `twenty` → `thirty-four`, `12k` → `2.5k`.
 */
export function formatLike(value: number, written: NumberReading | null, originalText = ''): string {
  if (written?.style === 'words') {
    const words = numberToWords(value);
    if (words) return /^[A-Z]/.test(originalText) ? words[0].toUpperCase() + words.slice(1) : words;
  }
  if (written?.style === 'digits' && written.scale && written.scale !== 'dozen' && written.scale !== 'hundred') {
    const scaleValue = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, bn: 1e9 }[written.scale];
    if (scaleValue && value >= scaleValue) {
      const scaled = Math.round((value / scaleValue) * 1000) / 1000;
      const gap = written.scale === 'k' || written.scale === 'bn' ? '' : ' ';
      return `${scaled}${gap}${written.scale}`;
    }
  }
  // "5000" keeps its style; "5" never had the chance to show one, so it gets the usual comma.
  const keepsBareStyle = written?.style === 'digits' && written.separator === '' && written.value >= 1000;
  return groupDigits(value, written?.style === 'digits' && written.separator ? written.separator : keepsBareStyle ? '' : ',');
}
