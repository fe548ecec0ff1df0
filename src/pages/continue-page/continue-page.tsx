/** The "Continue listening" shortcut's page: JavaScript takes the person to where they stopped. */
export function ContinuePage() {
  return (
    <div class="prose">
      <h1>Continue listening</h1>
      <div id="continue-page">
        <p class="no-js-only">
          Going back to where you stopped needs JavaScript. <a href="/">Go to the home page</a> to choose a part of the guide.
        </p>
      </div>
    </div>
  );
}
