/** "1 day", "3 days": a count with its noun (English plural in -s, which is all the messages need). */
export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
