/** A telephone handset, drawn beside the words of every call button; hidden from assistive technology. */
export function PhoneIcon() {
  return (
    <svg class="icon call-button__icon" aria-hidden="true" viewBox="0 0 24 24" focusable="false">
      <path d="M6.6 2.5 9.4 2.2l2 4.9-2.3 1.8a12 12 0 0 0 6 6l1.8-2.3 4.9 2 -0.3 2.8A2.5 2.5 0 0 1 19 19.6 17 17 0 0 1 4.4 5 2.5 2.5 0 0 1 6.6 2.5z" />
    </svg>
  );
}
