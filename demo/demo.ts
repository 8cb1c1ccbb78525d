// The demo page loads the same entry as the embeddable build.
import '../src/index.js';
