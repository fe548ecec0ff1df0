import { describeGuideIn } from './guide-suite';
import { launchFirefox } from './firefox-driver';

// Gecko, with no voices at all: Listen must read with the built-in voice without being asked.
describeGuideIn('Firefox', launchFirefox, 'no-device-voices');
