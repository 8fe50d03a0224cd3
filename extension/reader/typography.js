// Applies the reading settings to the view's root (custom properties and data
// attributes the shared stylesheet, core/reader_page/reader.css, reads), and
// loads the dyslexia-friendly face on first use.
import {api} from '../shared/browser_api.js';

// The shipped subset (extension/fonts/make_subset.py). Declared on the page's
// document: @font-face rules inside a shadow root are ignored by Chromium.
export const kDyslexicFamily = 'Reader OpenDyslexic';
const kDyslexicFaces = [
  {file: 'fonts/opendyslexic-regular.woff2', weight: '400'},
  {file: 'fonts/opendyslexic-bold.woff2', weight: '700'},
];

let fontsLoading = null;

export function loadDyslexicFont() {
  fontsLoading ??= Promise.all(kDyslexicFaces.map(({file, weight}) => {
    const face = new FontFace(kDyslexicFamily, `url("${api.url(file)}") format("woff2")`,
                              {weight, style: 'normal', display: 'swap'});
    document.fonts.add(face);
    return face.load();
  })).catch((error) => {
    fontsLoading = null;  // try again next time (the fallbacks apply meanwhile)
    console.warn('reader mode: the OpenDyslexic face did not load:', error?.message ?? error);
  });
  return fontsLoading;
}

export function applySettings(root, s) {
  root.dataset.theme = s.theme;
  root.dataset.font = s.fontFamily;
  root.dataset.align = s.align;
  root.style.setProperty('--rm-font-size', `${s.fontSize}px`);
  root.style.setProperty('--rm-line-height', String(s.lineHeight));
  root.style.setProperty('--rm-letter-spacing', `${s.letterSpacing}em`);
  root.style.setProperty('--rm-word-spacing', `${s.wordSpacing}em`);
  root.style.setProperty('--rm-measure', `${s.width}ch`);
  if (s.fontFamily === 'dyslexic') loadDyslexicFont();
}
