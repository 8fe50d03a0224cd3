// Messages between the extension's contexts. A name says its direction,
// `<from>-<to>-<what>`: `cs` content script, `bg` background (service worker /
// event page), `core` the context hosting the WebAssembly core (Chromium: the
// offscreen document; Firefox: the background page), `op` options page.
//
// Every message is checked where it arrives (checkMessage): it must come from
// this extension, from the context its name says (a content script in a tab's
// top frame for `cs-`), and have the fields its shape lists. Anything else is
// ignored, so a page cannot forge one and a malformed one cannot reach the core.
export const messages = Object.freeze({
  // content script -> core, on a port of their own (channels.kClean), in this
  // order: the page, sent as soon as it is serialised, then the person's rules
  // once storage has answered (the page travels while storage is read).
  //   {type, html, url, exports}, then {type, userRules, removeClutter};
  //   reply {json, timing} or {error}. `exports`: also the Markdown and the
  //   standalone page (the view asks for them only when the person exports).
  kPageCaptured: 'cs-core-page-captured',
  kCleanOptions: 'cs-core-clean-options',
  // content script -> background: the core did not answer (its document was
  // closed); make sure it exists again. {type}; reply {ok: true} or {error}.
  kCoreMissing: 'cs-bg-core-missing',
  // content script -> background: the view's "Always open on this site".
  //   {type, hostname, on}; reply {alwaysOpen} or, when the site's permission
  //   must be asked for first (in the options page, which the background opens),
  //   {alwaysOpen: false, askingPermission: true}.
  kAlwaysOpen: 'cs-bg-always-open',
  // options page -> background: per-site choices changed; re-register the
  // always-open content script. {type}; reply {ok: true}.
  kSitesChanged: 'op-bg-sites-changed',
});

// Ports (runtime.connect names), one request each; named like messages.
//   kClean: content script -> core: kPageCaptured then kCleanOptions, one reply.
export const channels = Object.freeze({
  kClean: 'cs-core-clean',
});

// Field name -> typeof, per message type.
const kShapes = Object.freeze({
  [messages.kPageCaptured]: {html: 'string', url: 'string', exports: 'boolean'},
  [messages.kCleanOptions]: {userRules: 'string', removeClutter: 'boolean'},
  [messages.kCoreMissing]: {},
  [messages.kAlwaysOpen]: {hostname: 'string', on: 'boolean'},
  [messages.kSitesChanged]: {},
});

// The sending context a direction prefix stands for.
const kSenderChecks = Object.freeze({
  // A content script: in a tab, in its top frame (the only frame we inject into).
  cs: (sender) => Number.isInteger(sender.tab?.id) && sender.frameId === 0,
  // An extension page (options): no tab frame of a web page, our own origin.
  op: (sender, extensionOrigin) => typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin),
  bg: (sender, extensionOrigin) => sender.tab === undefined &&
                                   (sender.url === undefined || sender.url.startsWith(extensionOrigin)),
});

// Returns '' when `message` from `sender` is acceptable here, else why not.
// `self` = {runtimeId, extensionOrigin, contexts} describes the receiver
// (`contexts`: the names it answers to: Firefox's background is both bg and core).
export function checkMessage(message, sender, self) {
  if (!message || typeof message !== 'object' || typeof message.type !== 'string') return 'not a message';
  const shape = kShapes[message.type];
  if (!shape) return `unknown message ${message.type}`;
  const [from, to] = message.type.split('-');
  if (!self.contexts.includes(to)) return `${message.type} is not for ${self.contexts.join('/')}`;
  if (!sender || sender.id !== self.runtimeId) return 'sender is not this extension';
  if (!kSenderChecks[from]?.(sender, self.extensionOrigin)) return `${message.type} from the wrong context`;
  for (const [field, type] of Object.entries(shape)) {
    if (typeof message[field] !== type) return `${message.type}: ${field} is not a ${type}`;
  }
  return '';
}
