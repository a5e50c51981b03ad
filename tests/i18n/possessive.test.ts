// English messages write a name's possessive as {name}’s: a name ending in s takes the apostrophe alone.
import { describe, expect, it } from 'vitest';
import '../../src/i18n';
import { t, useMessages, messages } from '../../src/i18n/core';

describe('English possessives of names', () => {
  it('a name ending in s takes the apostrophe alone; any other takes ’s', () => {
    useMessages('en', messages());
    expect(t('play.briefing.relationsSeat', { side: 'United States' })).toBe('United States’ relationships');
    expect(t('play.briefing.relationsSeat', { side: 'Russia' })).toBe('Russia’s relationships');
    expect(t('play.briefing.relationsSeat', { side: 'Islamic State Khorasan (ISIS-K)' })).toBe('Islamic State Khorasan (ISIS-K)’s relationships');
  });
});
