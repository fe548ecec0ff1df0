import { describe, expect, it } from 'vitest';
import { chooseVoice, sortVoicesForPicker } from './choose-voice';
import type { VoiceInfo } from './speech-engine';

const voice = (name: string, lang: string, local = true, isDefault = false): VoiceInfo => ({
  id: name,
  name,
  lang,
  local,
  isDefault,
  engine: 'device',
});
const voices = [
  voice('Google US English', 'en-US', false),
  voice('Daniel', 'en-GB'),
  voice('Samantha', 'en-US', true, true),
  voice('Thomas', 'fr-FR'),
];
const needs = { savedId: null, lang: 'en', preferredLang: 'en-US', online: true };

describe('chooseVoice', () => {
  it('keeps the saved voice when it can speak', () => {
    expect(chooseVoice(voices, { ...needs, savedId: 'Daniel' })?.name).toBe('Daniel');
  });
  it('prefers an on-device voice in the device accent', () => {
    expect(chooseVoice(voices, needs)?.name).toBe('Samantha');
    expect(chooseVoice(voices, { ...needs, preferredLang: 'en-GB' })?.name).toBe('Daniel');
  });
  it('never picks a network voice while offline, even the saved one', () => {
    expect(chooseVoice(voices, { ...needs, savedId: 'Google US English', online: false })?.name).toBe('Samantha');
    expect(chooseVoice([voice('Google US English', 'en-US', false)], { ...needs, online: false })).toBeNull();
  });
  it('returns null when no voice speaks the page language', () => {
    expect(chooseVoice([voice('Thomas', 'fr-FR')], needs)).toBeNull();
  });
});

describe('sortVoicesForPicker', () => {
  it('lists the page language first and on-device voices before internet voices', () => {
    expect(sortVoicesForPicker(voices, 'en').map((v) => v.name)).toEqual(['Daniel', 'Samantha', 'Google US English', 'Thomas']);
  });
});
