import { describe, expect, it } from 'vitest';
import { joinText } from '../../src/pdf/blocks.ts';

describe('joinText: joining a paragraph’s lines', () => {
  it('joins with a space', () => {
    expect(joinText('Children are seen', 'regularly.')).toBe('Children are seen regularly.');
  });

  it('keeps a line-end hyphen as a compound hyphen', () => {
    expect(joinText('effective multi-', 'agency working')).toBe('effective multi-agency working');
  });

  it('joins a number-hyphen with what it qualifies', () => {
    expect(joinText('caring for 17-', 'year-olds')).toBe('caring for 17-year-olds');
    expect(joinText('the 24-', 'hour maximum')).toBe('the 24-hour maximum');
    expect(joinText('sustained in 2014-', '15 with')).toBe('sustained in 2014-15 with');
  });

  it('keeps the space in "16- to 17-year-olds" and "16- and 17-year-olds"', () => {
    expect(joinText('homeless 16-', 'to 17-year-olds')).toBe('homeless 16- to 17-year-olds');
    expect(joinText('homeless 16-', 'and 17-year-olds')).toBe('homeless 16- and 17-year-olds');
  });
});
