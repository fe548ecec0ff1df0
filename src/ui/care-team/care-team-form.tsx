import { useRef, useState } from 'preact/hooks';
import { hasNumbers, type CareTeamNumbers, type CareTeamStore } from '../../care-team/care-team';
import { phoneProblem, phoneProblemMessage, type PhoneProblem } from '../../care-team/phone-number';

type Field = keyof CareTeamNumbers;

const FIELDS: readonly { field: Field; id: string; label: string }[] = [
  { field: 'day', id: 'care-team-day', label: 'Daytime number' },
  { field: 'afterHours', id: 'care-team-after-hours', label: 'Number for after hours, nights and weekends' },
];

export const SAVED = "Your care team's phone numbers are saved on this device.";
export const REMOVED = "Your care team's phone numbers are removed from this device.";
export const NOT_KEPT = 'These numbers could not be saved on this device. Write them down and keep them by your phone.';

type Problems = Partial<Record<Field, PhoneProblem>>;

function problemsOf(numbers: CareTeamNumbers): Problems {
  const problems: Problems = {};
  for (const { field } of FIELDS) {
    const problem = phoneProblem(numbers[field]);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/**
 * The Settings page's form for the care team's day and after-hours numbers, kept on this device only. Saving
 * or removing them is confirmed beside the buttons and, for screen readers, in the page's status region; a
 * number that cannot be dialled is refused with a message under its field.
 */
export function CareTeamForm({ store, announce }: { store: CareTeamStore; announce: (message: string) => void }) {
  const [saved, setSaved] = useState<CareTeamNumbers>(() => store.load());
  const [draft, setDraft] = useState<CareTeamNumbers>(saved);
  const [problems, setProblems] = useState<Problems>({});
  const [note, setNote] = useState('');
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});

  const report = (message: string) => {
    setNote(message);
    announce(message);
  };

  const edit = (field: Field, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    setNote('');
    // A message already shown goes as soon as the number is put right; none appears while a number is typed.
    if (problems[field]) setProblems({ ...problems, [field]: phoneProblem(value) ?? undefined });
  };

  const save = (event: Event) => {
    event.preventDefault();
    const found = problemsOf(draft);
    setProblems(found);
    const first = FIELDS.find(({ field }) => found[field]);
    if (first) {
      setNote('');
      // Focus reads the field's name and its message, so the message is not announced a second time.
      inputs.current[first.field]?.focus();
      return;
    }
    if (!store.save(draft)) {
      report(NOT_KEPT);
      return;
    }
    const now = store.load();
    setSaved(now);
    setDraft(now);
    report(hasNumbers(now) ? SAVED : REMOVED);
  };

  const remove = () => {
    store.remove();
    setSaved(store.load());
    setDraft(store.load());
    setProblems({});
    report(REMOVED);
    // The Remove button goes with the numbers: focus moves to the first field rather than being lost.
    inputs.current.day?.focus();
  };

  return (
    <form class="care-team-form" onSubmit={save} noValidate>
      <p>
        Save the phone numbers your cancer care team gave you. The "Get help now" page and the home page then show buttons that call them
        with one tap.
      </p>
      {store.canRemember ? null : (
        <p class="notice">
          Phone numbers cannot be saved on this device. This can happen in private browsing or when the browser blocks storage.
        </p>
      )}
      {FIELDS.map(({ field, id, label }) => {
        const problem = problems[field];
        return (
          <div class="care-team-form__field">
            <label for={id}>{label}</label>
            <input
              ref={(element) => {
                inputs.current[field] = element;
              }}
              type="tel"
              id={id}
              name={field}
              // The person's own number is not what is wanted here, so the browser offers none.
              autocomplete="off"
              value={draft[field]}
              aria-invalid={problem ? 'true' : undefined}
              aria-describedby={problem ? `${id}-error` : undefined}
              onInput={(event) => edit(field, event.currentTarget.value)}
            />
            {problem ? (
              <p id={`${id}-error`} class="field-error">
                {phoneProblemMessage(problem)}
              </p>
            ) : null}
          </div>
        );
      })}
      <p class="care-team-form__actions">
        <button type="submit">Save numbers</button>
        {hasNumbers(saved) ? (
          <button type="button" class="secondary" onClick={remove}>
            Remove saved numbers
          </button>
        ) : null}
      </p>
      {note ? <p class="care-team-form__note">{note}</p> : null}
      <p>These numbers stay on this device: the guide never sends them anywhere.</p>
    </form>
  );
}
