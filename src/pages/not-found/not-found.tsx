/** The page shown for an address that does not exist. */
export function NotFound() {
  return (
    <div>
      <h1>Page not found</h1>
      <p>We could not find that page. It may have moved, or the address may have a typing mistake.</p>
      <p>
        <a href="/">Go to the home page</a> to see every part of the guide.
      </p>
    </div>
  );
}
