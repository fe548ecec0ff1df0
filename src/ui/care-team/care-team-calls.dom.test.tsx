import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_NUMBERS } from '../../care-team/care-team';
import { CARE_TEAM_SETTINGS, CareTeamCalls, CareTeamPrompt } from './care-team-calls';

afterEach(cleanup);

describe('CareTeamCalls', () => {
  it('gives each saved number a call link named as a sentence, showing the number as typed', () => {
    render(<CareTeamCalls numbers={{ day: '(555) 010-0100', afterHours: '+1 555 010 0199' }} />);
    const day = screen.getByRole('link', { name: 'Call my care team, (555) 010-0100' });
    expect(day.getAttribute('href')).toBe('tel:5550100100');
    expect(day.textContent).toContain('(555) 010-0100');
    const night = screen.getByRole('link', { name: 'Call my care team after hours, +1 555 010 0199' });
    expect(night.getAttribute('href')).toBe('tel:+15550100199');
  });

  it('shows only the numbers that are saved', () => {
    render(<CareTeamCalls numbers={{ day: '', afterHours: '555-0199' }} />);
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('aria-label'))).toEqual(['Call my care team after hours, 555-0199']);
  });

  it('draws nothing without saved numbers', () => {
    const { container } = render(<CareTeamCalls numbers={NO_NUMBERS} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('CareTeamPrompt', () => {
  it('without saved numbers, leads to the form on the Settings page', () => {
    render(<CareTeamPrompt numbers={NO_NUMBERS} />);
    const link = screen.getByRole('link', { name: "Save your care team's phone numbers on this device" });
    expect(link.getAttribute('href')).toBe(CARE_TEAM_SETTINGS);
    expect(link.closest('p')!.textContent).toBe("Save your care team's phone numbers on this device, so you can call them with one tap.");
    expect(CARE_TEAM_SETTINGS).toBe('/settings/#care-team');
  });

  it('goes once a number is saved', () => {
    const { container } = render(<CareTeamPrompt numbers={{ day: '555-0100', afterHours: '' }} />);
    expect(container.innerHTML).toBe('');
  });
});
