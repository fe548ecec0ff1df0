import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHTS, SPACINGS, TEXT_SIZES, THEMES, themeName, type Settings } from '../../settings/settings';
import type { SettingsStore } from '../../settings/settings-store';

// Each word of these names fits beside its radio button at text size 2 on a 320 px screen, even with wide spacing
// (checked in tests/e2e/large-print.spec.ts): "Large (standard)" and "Coloured background" did not.
const SIZE_NAMES: Record<string, string> = {
  '1': 'Standard (large)',
  '1.25': 'Larger',
  '1.5': 'Very large',
  '1.75': 'Extra large',
  '2': 'Largest (twice the standard size)',
};
const SPACING_NAMES = { normal: 'Normal', wide: 'Wide' } as const;
const HIGHLIGHT_NAMES = {
  background: 'Color shading and underline',
  box: 'Box around the sentence',
  underline: 'Thick underline only',
} as const;

/**
 * A new text size or spacing moves everything above the choice just made, often off the screen with it; a
 * magnifier user then hunts for the radio button they were on. So the choice is brought back into view (no
 * scroll at all if it is still there). On a phone, "Largest" chosen in the header's panel otherwise ended up
 * well below the screen, out of sight.
 */
function keepInView(input: HTMLInputElement): void {
  (input.closest('.choice__option') ?? input).scrollIntoView({ block: 'nearest' });
}

function Choice<T extends string | number | null>(props: {
  name: string;
  idPrefix: string;
  legend: string;
  options: readonly T[];
  value: T;
  label: (value: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="choice">
      <legend>{props.legend}</legend>
      {props.options.map((option) => {
        const id = `${props.idPrefix}${props.name}-${String(option)}`;
        return (
          <div class="choice__option">
            <input
              type="radio"
              id={id}
              name={`${props.idPrefix}${props.name}`}
              checked={option === props.value}
              onChange={(event) => {
                props.onChange(option);
                keepInView(event.currentTarget);
              }}
            />
            <label for={id}>{props.label(option)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** The display settings: text size, colors, spacing and highlight style, applied as soon as they change. */
export function SettingsForm({
  store,
  children,
  idPrefix = '',
}: {
  store: SettingsStore;
  children?: ComponentChildren;
  idPrefix?: string;
}) {
  const [settings, setSettings] = useState<Settings>(store.settings);
  useEffect(() => store.subscribe(setSettings), [store]);
  const themes = [null, ...THEMES] as const;
  return (
    <div class="settings-form">
      {store.canRemember ? null : (
        <p class="notice">
          Settings cannot be remembered on this device, so they will go back to normal when you close the guide. This can happen in private
          browsing or when the browser blocks storage.
        </p>
      )}
      <Choice
        idPrefix={idPrefix}
        name="text-size"
        legend="Text size"
        options={TEXT_SIZES}
        value={settings.textSize}
        label={(v) => SIZE_NAMES[String(v)]!}
        onChange={(textSize) => store.update({ textSize })}
      />
      <Choice
        idPrefix={idPrefix}
        name="theme"
        legend="Colors"
        options={themes}
        value={settings.theme}
        label={(v) => (v === null ? 'Follow my device' : themeName(v))}
        onChange={(theme) => store.update({ theme })}
      />
      <Choice
        idPrefix={idPrefix}
        name="spacing"
        legend="Line spacing"
        options={SPACINGS}
        value={settings.spacing}
        label={(v) => SPACING_NAMES[v]}
        onChange={(spacing) => store.update({ spacing })}
      />
      <Choice
        idPrefix={idPrefix}
        name="highlight"
        legend="How the sentence being read is marked"
        options={HIGHLIGHTS}
        value={settings.highlight}
        label={(v) => HIGHLIGHT_NAMES[v]}
        onChange={(highlight) => store.update({ highlight })}
      />
      <p class="sample" aria-hidden="true">
        Sample: <span class="sample-highlight">This sentence is being read aloud.</span>
      </p>
      {children}
      <p>
        <button type="button" class="secondary" onClick={() => store.reset()}>
          Reset to defaults
        </button>
      </p>
    </div>
  );
}
