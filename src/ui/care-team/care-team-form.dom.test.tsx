import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CARE_TEAM_KEY, CareTeamStore } from '../../care-team/care-team';
import { createStorage } from '../../storage/storage';
import { memoryStorage } from '../../../tests/fakes/memory-storage';
import { CareTeamForm, NOT_KEPT, REMOVED, SAVED } from './care-team-form';

afterEach(cleanup);

function setUp(storage = memoryStorage()) {
  const messages: string[] = [];
  const store = new CareTeamStore(storage);
  render(<CareTeamForm store={store} announce={(message) => messages.push(message)} />);
  const day = screen.getByLabelText('Daytime number') as HTMLInputElement;
  const afterHours = screen.getByLabelText('Number for after hours, nights and weekends') as HTMLInputElement;
  const type = (input: HTMLInputElement, value: string) => fireEvent.input(input, { target: { value } });
  const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save numbers' }));
  return { storage, store, messages, day, afterHours, type, save };
}

describe('CareTeamForm', () => {
  it('has two labelled phone fields and says the numbers stay on this device', () => {
    const { day, afterHours } = setUp();
    expect(day.type).toBe('tel');
    expect(afterHours.type).toBe('tel');
    expect(screen.getByText('These numbers stay on this device: the guide never sends them anywhere.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Remove saved numbers' })).toBeNull();
  });

  it('saves the numbers as typed, shows and announces that they are saved', () => {
    const { store, messages, day, afterHours, type, save } = setUp();
    type(day, '(555) 010-0100');
    type(afterHours, '+1 555 010 0199');
    save();
    expect(store.load()).toEqual({ day: '(555) 010-0100', afterHours: '+1 555 010 0199' });
    expect(messages).toEqual([SAVED]);
    expect(screen.getByText(SAVED)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove saved numbers' })).toBeTruthy();
  });

  it('shows saved numbers in their fields, to be changed and saved again', () => {
    const storage = memoryStorage();
    new CareTeamStore(storage).save({ day: '555-0100', afterHours: '555-0199' });
    const { store, day, afterHours, type, save } = setUp(storage);
    expect(day.value).toBe('555-0100');
    expect(afterHours.value).toBe('555-0199');
    type(day, '555-0111');
    save();
    expect(store.load()).toEqual({ day: '555-0111', afterHours: '555-0199' });
  });

  it('removes the saved numbers, empties the fields, announces it and moves focus to the first field', () => {
    const storage = memoryStorage();
    new CareTeamStore(storage).save({ day: '555-0100', afterHours: '555-0199' });
    const { messages, day, afterHours } = setUp(storage);
    fireEvent.click(screen.getByRole('button', { name: 'Remove saved numbers' }));
    expect(storage.read(CARE_TEAM_KEY)).toBeNull();
    expect([day.value, afterHours.value]).toEqual(['', '']);
    expect(messages).toEqual([REMOVED]);
    expect(document.activeElement).toBe(day);
    expect(screen.queryByRole('button', { name: 'Remove saved numbers' })).toBeNull();
  });

  it('refuses a number without digits or with letters, with a message tied to its field, and saves nothing', () => {
    const { storage, messages, day, afterHours, type, save } = setUp();
    type(day, 'call Dr Lee');
    type(afterHours, '---');
    save();
    expect(storage.read(CARE_TEAM_KEY)).toBeNull();
    expect(messages).toEqual([]);
    expect(day.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(day.getAttribute('aria-describedby')!)!.textContent).toMatch(/^Use only numbers, spaces/);
    expect(document.getElementById(afterHours.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /^Type the phone number with its digits/,
    );
    // Focus goes to the first field to put right, which reads its message with it.
    expect(document.activeElement).toBe(day);
  });

  it('takes the message away once the number is put right', () => {
    const { day, type, save } = setUp();
    type(day, 'abc');
    save();
    expect(day.getAttribute('aria-describedby')).not.toBeNull();
    type(day, '555-0100');
    expect(day.getAttribute('aria-invalid')).toBeNull();
    expect(day.getAttribute('aria-describedby')).toBeNull();
    expect(document.querySelector('.field-error')).toBeNull();
  });

  it('says so when the numbers cannot be kept on this device', () => {
    const { messages, day, type, save } = setUp(createStorage(null));
    expect(screen.getByText(/Phone numbers cannot be saved on this device/)).toBeTruthy();
    type(day, '555-0100');
    save();
    expect(messages).toEqual([NOT_KEPT]);
  });
});
