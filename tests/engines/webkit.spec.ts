import { describeGuideIn } from './guide-suite';
import { launchWebKit } from './webkit-driver';

// WebKit, the engine of every browser on iPhone. WebKitGTK's own (Flite) voices, driven this way, start a page's second
// sentence and never finish it (the guide then moves to the built-in voice after a wait), so the tests choose the
// built-in voice, as a person can in Settings.
describeGuideIn('WebKit', launchWebKit, 'choice');
