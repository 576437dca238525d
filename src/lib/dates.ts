/**
 * Dates as the content model writes them: YYYY, YYYY-MM, YYYY-MM-DD, or a period YYYY/YYYY. The format is checked
 * by the schemas' patterns; this says whether such a date exists on the calendar.
 */

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** What is impossible about a date or period ("month 13 does not exist"), or undefined when it is a real one. */
export function calendarProblem(when: string): string | undefined {
  const period = when.match(/^(\d{4})\/(\d{4})$/);
  if (period) return Number(period[1]) <= Number(period[2]) ? undefined : `the period ${when} ends before it starts`;
  const [year, month, day] = when.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month !== undefined && (month < 1 || month > 12)) return `month ${month} does not exist in ${when}`;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysIn(year, month)))
    return `day ${day} does not exist in ${when} (that month has ${daysIn(year, month)} days)`;
  return undefined;
}
