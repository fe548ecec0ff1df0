// The composition root: creates the browser adapters once and starts each interactive part of the page.
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import './styles/global.css';

console.debug('Bone metastasis guide ready');
