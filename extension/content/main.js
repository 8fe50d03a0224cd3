// Entry point of the content script bundle (content/content.js in the built
// extension), injected into the page's isolated world on every toolbar click.
// The first injection sets the content side up; every injection toggles the
// view. The bundle runs again on each injection, so the one live instance is
// kept under a symbol in the isolated world (never visible to the page).
import {now} from '../shared/timing.js';
import {toggle} from './toggle.js';

const injected = now();

const kInstance = Symbol.for('reader-mode.content');

globalThis[kInstance] ??= {toggle};
globalThis[kInstance].toggle(injected);
