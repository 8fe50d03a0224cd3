// Entry point of the content script bundle (content/content.js in the built
// extension), injected into the page's isolated world on every toolbar click:
// toggles the view (see instance.js for the one live instance).
import {now} from '../shared/timing.js';
import {instance} from './instance.js';

instance().toggle(now());
