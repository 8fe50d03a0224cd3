// Entry point of the "always open in reader view on this site" bundle
// (content/auto.js), registered by background/auto_open.js for the sites the
// person chose: opens the view as the page finishes loading, if it is an
// article (see instance.js: the toolbar button then closes this view).
import {now} from '../shared/timing.js';
import {instance} from './instance.js';

instance().openIfArticle(now());
