import { describe, expect, it } from 'vitest';
import { calendarProblem } from '../../src/lib/dates.ts';
import { asOf } from '../../src/schemas/bilingual.ts';
import { metadataEntry } from '../../src/schemas/article.ts';

describe('dates that exist', () => {
  it.each(['2022', '2023-08', '2021-06-30', '2024-02-29', '2021/2025', '2022/2022'])('%s is a real date or period', (when) => {
    expect(calendarProblem(when)).toBeUndefined();
  });

  it('names what is impossible', () => {
    expect(calendarProblem('2022-13')).toBe('month 13 does not exist in 2022-13');
    expect(calendarProblem('2022-13-45')).toBe('month 13 does not exist in 2022-13-45');
    expect(calendarProblem('2022-02-29')).toBe('day 29 does not exist in 2022-02-29 (that month has 28 days)');
    expect(calendarProblem('2021-04-31')).toBe('day 31 does not exist in 2021-04-31 (that month has 30 days)');
    expect(calendarProblem('2025/2021')).toBe('the period 2025/2021 ends before it starts');
  });

  it("a fact's asOf and an article's metadata date are refused with that reason", () => {
    const asOfIssue = asOf.safeParse('2022-13').error?.issues[0]?.message;
    expect(asOfIssue).toBe('month 13 does not exist in 2022-13: write a date that exists');
    const meta = metadataEntry.safeParse({ date: '2022-13-45' }).error?.issues[0];
    expect(meta?.path).toEqual(['date']);
    expect(meta?.message).toBe('month 13 does not exist in 2022-13-45: write a date that exists');
  });
});
